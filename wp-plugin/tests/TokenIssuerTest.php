<?php
use PHPUnit\Framework\TestCase;
use ShopAgent\Settings;
use ShopAgent\Signing_Key;
use ShopAgent\Token_Issuer;
use ShopAgent\Visitor;

require_once __DIR__ . '/TestTokens.php';

final class TokenIssuerTest extends TestCase {
	private const SECRET = 'a-test-secret-that-is-long-enough-0123456789';

	private function settings( array $over = array() ): array {
		return array_merge( Settings::defaults(), array( 'token_secret' => self::SECRET, 'token_issuer' => 'juniper' ), $over );
	}

	public function test_should_sign_a_user_token_with_order_scope_when_the_visitor_is_signed_in(): void {
		$issued = ( new Token_Issuer( $this->settings() ) )->issue( Visitor::user( 101 ), 1_700_000_000 );
		$claims = TestTokens::verify( $issued['token'], self::SECRET );
		$this->assertSame( 'user:101', $claims['sub'] );
		$this->assertSame( 'juniper', $claims['iss'] );
		$this->assertSame( 'shop-agent', $claims['aud'] );
		$this->assertSame( array( 'orders.read_own', 'support.read_kb', 'tickets.create' ), $this->sorted( $claims['scope'] ) );
		$this->assertSame( 1_700_000_000, $claims['iat'] );
		$this->assertSame( 300, $claims['exp'] - $claims['iat'] );
		$this->assertSame( 'user', $issued['subject'] );
	}

	public function test_should_never_give_a_guest_the_order_scope(): void {
		$issued = ( new Token_Issuer( $this->settings() ) )->issue( Visitor::guest( str_repeat( 'ab', 16 ) ) );
		$claims = TestTokens::verify( $issued['token'], self::SECRET );
		$this->assertSame( 'guest:' . str_repeat( 'ab', 16 ), $claims['sub'] );
		$this->assertSame( array( 'support.read_kb', 'tickets.create' ), $this->sorted( $claims['scope'] ) );
		$this->assertLessThanOrEqual( 300, $claims['exp'] - $claims['iat'] );
	}

	public function test_should_fail_verification_when_checked_with_another_secret(): void {
		$issued = ( new Token_Issuer( $this->settings() ) )->issue( Visitor::user( 7 ) );
		$this->expectException( UnexpectedValueException::class );
		TestTokens::verify( $issued['token'], 'another-secret-that-is-also-long-enough-xx' );
	}

	public function test_should_refuse_to_sign_when_no_secret_is_configured(): void {
		$this->expectException( RuntimeException::class );
		( new Token_Issuer( $this->settings( array( 'token_secret' => 'short' ) ) ) )->issue( Visitor::user( 7 ) );
	}

	public function test_should_carry_the_same_arm_for_the_same_visitor_when_the_experiment_runs(): void {
		$issuer = new Token_Issuer( $this->settings( array( 'experiment_percent' => 50 ) ) );
		$first  = TestTokens::verify( $issuer->issue( Visitor::user( 42 ) )['token'], self::SECRET );
		$again  = TestTokens::verify( $issuer->issue( Visitor::user( 42 ) )['token'], self::SECRET );
		$this->assertContains( $first['arm'], array( 'widget', 'contact_form' ) );
		$this->assertSame( $first['arm'], $again['arm'] );
		$this->assertNotSame( $first['jti'], $again['jti'] );
	}

	public function test_should_sign_rs256_with_a_key_pair_whose_public_half_alone_verifies(): void {
		WpStub::reset();
		$settings = Settings::sanitize( array( 'signing' => 'rs256', 'backend_url' => 'https://agent.example', 'enabled' => '1' ) );
		$this->assertSame( 'rs256', $settings['signing'] );
		$this->assertTrue( Settings::is_live( $settings ), 'a key pair is enough: no shared secret needed' );
		$issued = ( new Token_Issuer( $settings ) )->issue( Visitor::user( 101 ), 1_700_000_000 );
		$jwk    = json_decode( Signing_Key::public_jwk(), true );
		$this->assertSame( array( 'kty', 'alg', 'use', 'n', 'e' ), array_keys( $jwk ), 'only the public half is published' );
		$claims = TestTokens::verify_rs256( $issued['token'], Signing_Key::public_jwk() );
		$this->assertSame( 'user:101', $claims['sub'] );
		$this->assertSame( 300, $claims['exp'] - $claims['iat'] );
	}

	public function test_should_keep_the_key_pair_when_the_settings_are_saved_again(): void {
		WpStub::reset();
		Settings::sanitize( array( 'signing' => 'rs256' ) );
		$first = Signing_Key::public_jwk();
		WpStub::$options[ Settings::OPTION ] = array( 'signing' => 'rs256' );
		Settings::sanitize( array( 'title' => 'Help' ) );
		$this->assertSame( $first, Signing_Key::public_jwk(), 'visitors keep working: the agent\'s copy stays valid' );
		$this->expectException( UnexpectedValueException::class );
		$other = json_encode( array_merge( json_decode( $first, true ), array( 'n' => 'AQAB' . substr( json_decode( $first, true )['n'], 4 ) ) ) );
		TestTokens::verify_rs256( ( new Token_Issuer( Settings::get() ) )->issue( Visitor::user( 7 ) )['token'], $other );
	}

	private function sorted( string $scope ): array {
		$list = explode( ' ', $scope );
		sort( $list );
		return $list;
	}
}
