<?php
use PHPUnit\Framework\TestCase;
use ShopAgent\Settings;

final class SettingsTest extends TestCase {
	protected function setUp(): void {
		WpStub::reset();
	}

	public function test_should_keep_only_safe_values_when_the_form_sends_hostile_input(): void {
		$out = Settings::sanitize(
			array(
				'enabled'            => '1',
				'backend_url'        => 'https://agent.example.com/',
				'title'              => '<script>alert(1)</script>Help',
				'greeting'           => '<b>Hi</b> there',
				'color'              => 'red; background:url(x)',
				'position'           => 'top-center',
				'show_on'            => 'pages',
				'page_ids'           => '12, 7, abc, 12',
				'experiment_percent' => '250',
				'contact_url'        => 'javascript:alert(1)',
				'allowed_origins'    => "https://shop.example\nnot an origin\nhttp://127.0.0.1:8081/",
				'unknown'            => 'dropped',
			)
		);
		$this->assertTrue( $out['enabled'] );
		$this->assertSame( 'https://agent.example.com', $out['backend_url'] );
		$this->assertSame( 'alert(1)Help', $out['title'] );
		$this->assertSame( 'Hi there', $out['greeting'] );
		$this->assertSame( '#1d4ed8', $out['color'] );
		$this->assertSame( 'bottom-right', $out['position'] );
		$this->assertSame( 'pages', $out['show_on'] );
		$this->assertSame( array( 12, 7 ), $out['page_ids'] );
		$this->assertSame( 100, $out['experiment_percent'] );
		$this->assertSame( '', $out['contact_url'] );
		$this->assertSame( array( 'https://shop.example', 'http://127.0.0.1:8081' ), $out['allowed_origins'] );
		$this->assertArrayNotHasKey( 'unknown', $out );
	}

	public function test_should_refuse_a_backend_url_that_is_not_http(): void {
		$out = Settings::sanitize( array( 'backend_url' => 'javascript:alert(1)//x' ) );
		$this->assertSame( '', $out['backend_url'] );
		$this->assertContains( 'backend_url', WpStub::$errors );
	}

	public function test_should_keep_the_stored_secret_when_the_field_is_left_blank(): void {
		WpStub::$options[ Settings::OPTION ] = array( 'token_secret' => str_repeat( 's', 40 ) );
		$this->assertSame( str_repeat( 's', 40 ), Settings::sanitize( array( 'token_secret' => '' ) )['token_secret'] );
	}

	public function test_should_refuse_a_short_secret_and_say_so(): void {
		WpStub::$options[ Settings::OPTION ] = array( 'token_secret' => str_repeat( 's', 40 ) );
		$out                                  = Settings::sanitize( array( 'token_secret' => 'tooshort' ) );
		$this->assertSame( str_repeat( 's', 40 ), $out['token_secret'] );
		$this->assertContains( 'token_secret', WpStub::$errors );
	}

	public function test_should_survive_sanitising_its_own_output_when_wordpress_runs_it_twice(): void {
		$once  = Settings::sanitize( array( 'allowed_origins' => 'https://a.example', 'page_ids' => '3,4', 'token_secret' => str_repeat( 'k', 32 ) ) );
		$twice = Settings::sanitize( $once );
		$this->assertSame( $once, $twice );
	}

	public function test_should_not_be_live_until_enabled_with_a_backend_and_a_secret(): void {
		$s = Settings::defaults();
		$this->assertFalse( Settings::is_live( $s ) );
		$s['enabled']      = true;
		$s['backend_url']  = 'https://agent.example';
		$this->assertFalse( Settings::is_live( $s ) );
		$s['token_secret'] = str_repeat( 'k', 32 );
		$this->assertTrue( Settings::is_live( $s ) );
	}
}
