<?php
/**
 * REST route agent/v1/token and the request checks shared with the chat proxy.
 *
 * @package ShopAgent
 */

namespace ShopAgent;

defined( 'ABSPATH' ) || exit;

/**
 * Issues visitor tokens. A signed-in user gets a user-bound token only with a valid REST nonce
 * (so another site cannot mint one with the visitor's cookies); guests are rate-limited per IP.
 */
final class Token_Controller {
	const NS = 'agent/v1';

	public function __construct( private Rate_Limiter $guest_limit ) {}

	public static function with_defaults(): self {
		return new self( new Rate_Limiter( 'guest_token', 20, 10 * MINUTE_IN_SECONDS ) );
	}

	public function register(): void {
		register_rest_route(
			self::NS,
			'/token',
			array(
				'methods'             => 'POST',
				'callback'            => array( $this, 'issue' ),
				'permission_callback' => array( $this, 'permit' ),
			)
		);
	}

	/** @return true|\WP_Error */
	public function permit( \WP_REST_Request $request ) {
		$s = Settings::get();
		if ( ! Settings::is_live( $s ) ) {
			return new \WP_Error( 'shop_agent_off', __( 'The support chat is switched off.', 'shop-agent' ), array( 'status' => 503 ) );
		}
		if ( ! self::origin_allowed( $request, $s ) ) {
			return new \WP_Error( 'shop_agent_origin', __( 'This site may not request chat tokens.', 'shop-agent' ), array( 'status' => 403 ) );
		}
		if ( is_user_logged_in() ) {
			$nonce = (string) $request->get_header( 'X-WP-Nonce' );
			if ( '' === $nonce || ! wp_verify_nonce( $nonce, 'wp_rest' ) ) {
				return new \WP_Error( 'shop_agent_nonce', __( 'Your session has expired. Please reload the page.', 'shop-agent' ), array( 'status' => 403 ) );
			}
			return true;
		}
		if ( ! $this->guest_limit->allow( self::visitor_ip() ) ) {
			return new \WP_Error( 'shop_agent_rate_limited', __( 'Too many chats from your network. Please wait a few minutes.', 'shop-agent' ), array( 'status' => 429 ) );
		}
		return true;
	}

	public function issue( \WP_REST_Request $request ): \WP_REST_Response {
		$visitor  = self::current_visitor();
		$response = new \WP_REST_Response( ( new Token_Issuer( Settings::get() ) )->issue( $visitor ) );
		$response->header( 'Cache-Control', 'no-store' );
		return $response;
	}

	/** The visitor's address as WordPress sees it (REMOTE_ADDR), or '' when it is not an IP address. */
	public static function visitor_ip(): string {
		$ip = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
		return false !== filter_var( $ip, FILTER_VALIDATE_IP ) ? $ip : '';
	}

	/** The signed-in user, or this browser's guest. Only call after permit() said yes. */
	public static function current_visitor(): Visitor {
		return is_user_logged_in() ? Visitor::user( get_current_user_id() ) : Visitor::current_guest();
	}

	/** Requests from a browser carry Origin on POST: it must be this site or a configured origin. */
	public static function origin_allowed( \WP_REST_Request $request, array $s ): bool {
		$origin = strtolower( rtrim( (string) $request->get_header( 'Origin' ), '/' ) );
		if ( '' === $origin ) {
			return true;
		}
		$home = wp_parse_url( home_url() );
		$self = strtolower( $home['scheme'] . '://' . $home['host'] . ( isset( $home['port'] ) ? ':' . $home['port'] : '' ) );
		return $origin === $self || in_array( $origin, $s['allowed_origins'], true );
	}
}
