<?php
use PHPUnit\Framework\TestCase;
use ShopAgent\Rate_Limiter;
use ShopAgent\Settings;
use ShopAgent\Token_Controller;

require_once __DIR__ . '/TestTokens.php';

final class TokenPermissionTest extends TestCase {
	private const SECRET = 'a-test-secret-that-is-long-enough-0123456789';

	protected function setUp(): void {
		WpStub::reset();
		WpStub::$options[ Settings::OPTION ] = array(
			'enabled'      => true,
			'backend_url'  => 'https://agent.example',
			'token_secret' => self::SECRET,
		);
	}

	private function controller( int $guest_limit = 20 ): Token_Controller {
		return new Token_Controller( new Rate_Limiter( 'test', $guest_limit, 600 ) );
	}

	private function request( ?string $nonce = null, ?string $origin = null ): WP_REST_Request {
		$r = new WP_REST_Request();
		if ( null !== $nonce ) {
			$r->set_header( 'X-WP-Nonce', $nonce );
		}
		if ( null !== $origin ) {
			$r->set_header( 'Origin', $origin );
		}
		return $r;
	}

	public function test_should_issue_a_user_token_when_a_signed_in_user_sends_a_valid_nonce(): void {
		WpStub::$user_id     = 101;
		WpStub::$valid_nonce = 'n0nce';
		$c                   = $this->controller();
		$this->assertTrue( $c->permit( $this->request( 'n0nce' ) ) );
		$claims = TestTokens::verify( $c->issue( $this->request( 'n0nce' ) )->get_data()['token'], self::SECRET );
		$this->assertSame( 'user:101', $claims['sub'] );
	}

	public function test_should_refuse_a_signed_in_user_without_a_nonce(): void {
		WpStub::$user_id     = 101;
		WpStub::$valid_nonce = 'n0nce';
		$denied              = $this->controller()->permit( $this->request() );
		$this->assertInstanceOf( WP_Error::class, $denied );
		$this->assertSame( 403, $denied->get_error_data()['status'] );
	}

	public function test_should_refuse_a_signed_in_user_with_a_forged_nonce(): void {
		WpStub::$user_id     = 101;
		WpStub::$valid_nonce = 'n0nce';
		$this->assertInstanceOf( WP_Error::class, $this->controller()->permit( $this->request( 'guessed' ) ) );
	}

	public function test_should_issue_a_guest_token_without_a_nonce_until_the_guest_limit(): void {
		$c = $this->controller( 3 );
		for ( $i = 0; $i < 3; $i++ ) {
			$this->assertTrue( $c->permit( $this->request() ), "guest request $i" );
		}
		$limited = $c->permit( $this->request() );
		$this->assertInstanceOf( WP_Error::class, $limited );
		$this->assertSame( 429, $limited->get_error_data()['status'] );
		$_SERVER['REMOTE_ADDR'] = '198.51.100.9';
		$this->assertTrue( $c->permit( $this->request() ), 'another network is not throttled' );
	}

	public function test_should_bind_a_guest_token_to_the_guest_cookie_not_to_a_user(): void {
		$_COOKIE['shop_agent_guest'] = str_repeat( 'c', 32 );
		$claims                      = TestTokens::verify( $this->controller()->issue( $this->request() )->get_data()['token'], self::SECRET );
		$this->assertSame( 'guest:' . str_repeat( 'c', 32 ), $claims['sub'] );
		$this->assertStringNotContainsString( 'orders.read_own', $claims['scope'] );
	}

	public function test_should_refuse_tokens_when_the_kill_switch_is_off(): void {
		WpStub::$options[ Settings::OPTION ]['enabled'] = false;
		$this->assertSame( 503, $this->controller()->permit( $this->request() )->get_error_data()['status'] );
	}

	public function test_should_refuse_a_request_from_a_foreign_origin(): void {
		$this->assertSame( 403, $this->controller()->permit( $this->request( null, 'https://evil.example' ) )->get_error_data()['status'] );
		$this->assertTrue( $this->controller()->permit( $this->request( null, 'https://shop.example' ) ) );
	}
}
