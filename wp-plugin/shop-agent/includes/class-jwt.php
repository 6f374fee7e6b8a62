<?php
/**
 * HS256 JSON Web Token signing.
 *
 * @package ShopAgent
 */

namespace ShopAgent;

defined( 'ABSPATH' ) || exit;

/**
 * Signs compact HS256 JWTs. Hand-written rather than a bundled library: signing one fixed
 * algorithm is a few lines of hash_hmac, and the plugin never parses untrusted tokens.
 */
final class Jwt {
	/** @param array<string, mixed> $claims */
	public static function sign_hs256( array $claims, string $secret ): string {
		$header  = self::b64( wp_json_encode( array( 'alg' => 'HS256', 'typ' => 'JWT' ) ) );
		$payload = self::b64( wp_json_encode( $claims ) );
		$mac     = hash_hmac( 'sha256', $header . '.' . $payload, $secret, true );
		return $header . '.' . $payload . '.' . self::b64( $mac );
	}

	private static function b64( string $bytes ): string {
		return rtrim( strtr( base64_encode( $bytes ), '+/', '-_' ), '=' ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode
	}
}
