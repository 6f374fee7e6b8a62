<?php
/**
 * Unit-test bootstrap: small stand-ins for the WordPress functions the plugin calls, with state
 * in WpStub so each test sets the world it needs. The real WordPress runs in the end-to-end test.
 */

define( 'ABSPATH', __DIR__ . '/' );
define( 'MINUTE_IN_SECONDS', 60 );
define( 'DAY_IN_SECONDS', 86400 );
define( 'COOKIEPATH', '/' );
define( 'SHOP_AGENT_FILE', dirname( __DIR__ ) . '/shop-agent/shop-agent.php' );

final class WpStub {
	public static array $options    = array();
	public static array $transients = array();
	public static array $errors     = array();
	public static int $user_id      = 0;
	public static string $valid_nonce = '';

	public static function reset(): void {
		self::$options     = array();
		self::$transients  = array();
		self::$errors      = array();
		self::$user_id     = 0;
		self::$valid_nonce = '';
		$_COOKIE           = array();
		$_SERVER['REMOTE_ADDR'] = '203.0.113.7';
	}
}

class WP_Error {
	public function __construct( public string $code = '', public string $message = '', public array $data = array() ) {}
	public function get_error_code(): string { return $this->code; }
	public function get_error_data(): array { return $this->data; }
}

class WP_REST_Request implements ArrayAccess {
	private array $headers = array();
	private array $params  = array();
	public function set_header( string $name, string $value ): void { $this->headers[ strtolower( $name ) ] = $value; }
	public function get_header( string $name ): ?string { return $this->headers[ strtolower( $name ) ] ?? null; }
	public function offsetExists( mixed $k ): bool { return isset( $this->params[ $k ] ); }
	public function offsetGet( mixed $k ): mixed { return $this->params[ $k ] ?? null; }
	public function offsetSet( mixed $k, mixed $v ): void { $this->params[ $k ] = $v; }
	public function offsetUnset( mixed $k ): void { unset( $this->params[ $k ] ); }
}

class WP_REST_Response {
	public array $headers = array();
	public function __construct( public mixed $data = null, public int $status = 200 ) {}
	public function header( string $k, string $v ): void { $this->headers[ $k ] = $v; }
	public function get_data(): mixed { return $this->data; }
}

function get_option( $name, $default = false ) { return WpStub::$options[ $name ] ?? $default; }
function update_option( $name, $value, $autoload = null ) { WpStub::$options[ $name ] = $value; return true; }
function get_transient( $k ) { return WpStub::$transients[ $k ] ?? false; }
function set_transient( $k, $v, $ttl = 0 ) { WpStub::$transients[ $k ] = $v; return true; }
function wp_salt( $scheme = 'auth' ) { return 'test-salt'; }
function add_settings_error( $setting, $code, $message, $type = 'error' ) { WpStub::$errors[] = $code; }
function __( $text, $domain = 'default' ) { return $text; }
function wp_unslash( $v ) { return is_array( $v ) ? array_map( 'wp_unslash', $v ) : ( is_string( $v ) ? stripslashes( $v ) : $v ); }
function sanitize_text_field( $s ) { return trim( preg_replace( '/\s+/', ' ', strip_tags( (string) $s ) ) ); }
function sanitize_textarea_field( $s ) { return trim( strip_tags( (string) $s ) ); }
function sanitize_hex_color( $c ) { return preg_match( '/^#([A-Fa-f0-9]{3}){1,2}$/', $c ) ? $c : null; }
function absint( $v ) { return abs( (int) $v ); }
function untrailingslashit( $s ) { return rtrim( $s, '/\\' ); }
function esc_url_raw( $url, $protocols = null ) { return preg_match( '#^(https?://|/)#i', $url ) ? str_replace( array( '"', "'", '<', '>', ' ' ), '', $url ) : ''; }
function wp_json_encode( $data ) { return json_encode( $data ); }
function is_user_logged_in() { return WpStub::$user_id > 0; }
function get_current_user_id() { return WpStub::$user_id; }
function wp_verify_nonce( $nonce, $action = -1 ) { return '' !== WpStub::$valid_nonce && 'wp_rest' === $action && hash_equals( WpStub::$valid_nonce, (string) $nonce ) ? 1 : false; }
function home_url( $path = '' ) { return 'https://shop.example' . $path; }
function wp_parse_url( $url, $component = -1 ) { return parse_url( $url, $component ); }
function is_ssl() { return true; }

require_once dirname( __DIR__ ) . '/shop-agent/includes/load.php';
