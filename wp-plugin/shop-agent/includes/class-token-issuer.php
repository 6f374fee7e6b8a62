<?php
/**
 * Builds and signs the visitor token the backend verifies.
 *
 * @package ShopAgent
 */

namespace ShopAgent;

defined( 'ABSPATH' ) || exit;

/** Signs visitor tokens (HS256 or RS256): iss, aud shop-agent, sub, scope, iat/exp (5 minutes), jti, arm. */
final class Token_Issuer {
	const AUDIENCE     = 'shop-agent';
	const TTL_SECONDS  = 300;
	const USER_SCOPES  = 'support.read_kb orders.read_own tickets.create';
	const GUEST_SCOPES = 'support.read_kb tickets.create';

	/** @param array<string, mixed> $settings */
	public function __construct( private array $settings ) {}

	/**
	 * @return array{token: string, expires_in: int, arm: string, subject: string}
	 * @throws \RuntimeException when the plugin has no usable signing secret or key.
	 */
	public function issue( Visitor $visitor, ?int $now = null ): array {
		$rs256  = 'rs256' === ( $this->settings['signing'] ?? 'hs256' );
		$secret = $rs256 ? Signing_Key::private_pem() : (string) $this->settings['token_secret'];
		if ( $rs256 ? '' === $secret : strlen( $secret ) < Settings::MIN_SECRET_LEN ) {
			throw new \RuntimeException( $rs256 ? 'no signing key created' : 'no signing secret configured' );
		}
		$now    = $now ?? time();
		$arm    = Experiment::arm( $visitor->is_user() ? 'user:' . $visitor->user_id : $visitor->guest_id, (int) $this->settings['experiment_percent'] );
		$claims = array(
			'iss'   => (string) $this->settings['token_issuer'],
			'aud'   => self::AUDIENCE,
			'sub'   => $visitor->subject(),
			'scope' => $visitor->is_user() ? self::USER_SCOPES : self::GUEST_SCOPES,
			'iat'   => $now,
			'exp'   => $now + self::TTL_SECONDS,
			'jti'   => bin2hex( random_bytes( 12 ) ),
			'arm'   => $arm,
		);
		// WooCommerce-aware: a registered customer's WooCommerce id is their WordPress user id.
		if ( $visitor->is_user() && class_exists( 'WooCommerce' ) ) {
			$claims['wc_customer_id'] = $visitor->user_id;
		}
		return array(
			'token'      => $rs256 ? Jwt::sign_rs256( $claims, $secret ) : Jwt::sign_hs256( $claims, $secret ),
			'expires_in' => self::TTL_SECONDS,
			'arm'        => $arm,
			'subject'    => $visitor->is_user() ? 'user' : 'guest',
		);
	}
}
