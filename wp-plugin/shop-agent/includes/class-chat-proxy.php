<?php
/**
 * Optional REST proxy agent/v1/chat for shops whose visitors cannot reach the backend's WebSocket.
 *
 * @package ShopAgent
 */

namespace ShopAgent;

defined( 'ABSPATH' ) || exit;

/**
 * Forwards one chat turn to the backend's POST /v1/chat with a fresh visitor token for the
 * current visitor. Same checks as the token route; stores nothing.
 */
final class Chat_Proxy {
	const TIMEOUT_SECONDS = 65; // the backend's turn timeout is 60 s

	public function __construct( private Token_Controller $checks ) {}

	public static function with_defaults(): self {
		return new self( new Token_Controller( new Rate_Limiter( 'proxy_chat', 60, 10 * MINUTE_IN_SECONDS ) ) );
	}

	public function register(): void {
		register_rest_route(
			Token_Controller::NS,
			'/chat',
			array(
				'methods'             => 'POST',
				'callback'            => array( $this, 'forward' ),
				'permission_callback' => array( $this->checks, 'permit' ),
				'args'                => array(
					'text'              => array(
						'type'     => 'string',
						'required' => true,
					),
					'session_id'        => array(
						'type'    => 'string',
						'pattern' => '^[A-Za-z0-9-]{8,64}$',
					),
					'client_message_id' => array(
						'type'    => 'string',
						'pattern' => '^[A-Za-z0-9_.:-]{1,128}$',
					),
				),
			)
		);
	}

	/**
	 * The visitor's address goes along as X-Forwarded-For: with this WordPress server in the
	 * backend's AGENT_TRUSTED_PROXIES, each visitor gets their own rate-limit bucket instead of
	 * all of them sharing the server's.
	 */
	public static function headers( string $token ): array {
		$headers = array(
			'Authorization' => 'Bearer ' . $token,
			'Content-Type'  => 'application/json',
		);
		$ip      = Token_Controller::visitor_ip();
		if ( '' !== $ip ) {
			$headers['X-Forwarded-For'] = $ip;
		}
		return $headers;
	}

	public function forward( \WP_REST_Request $request ): \WP_REST_Response {
		$s      = Settings::get();
		$issued = ( new Token_Issuer( $s ) )->issue( Token_Controller::current_visitor() );
		$body   = array( 'text' => (string) $request['text'] );
		if ( ! empty( $request['session_id'] ) ) {
			$body['session_id'] = (string) $request['session_id'];
		}
		if ( ! empty( $request['client_message_id'] ) ) {
			$body['client_message_id'] = (string) $request['client_message_id']; // a resent message is answered once
		}
		$answer = wp_remote_post(
			$s['backend_url'] . '/v1/chat',
			array(
				'timeout' => self::TIMEOUT_SECONDS,
				'headers' => self::headers( $issued['token'] ),
				'body'    => wp_json_encode( $body ),
			)
		);
		if ( is_wp_error( $answer ) ) {
			return new \WP_REST_Response(
				array(
					'code'    => 'unreachable',
					'message' => __( 'The support chat is not reachable right now.', 'shop-agent' ),
				),
				502
			);
		}
		$status  = (int) wp_remote_retrieve_response_code( $answer );
		$decoded = json_decode( wp_remote_retrieve_body( $answer ), true );
		$decoded = is_array( $decoded ) ? $decoded : array( 'code' => 'internal' );
		unset( $decoded['token'] ); // the browser never needs the backend's session token here
		$response = new \WP_REST_Response( $decoded, $status > 0 ? $status : 502 );
		$response->header( 'Cache-Control', 'no-store' );
		return $response;
	}
}
