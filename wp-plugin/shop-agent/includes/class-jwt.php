<?php
/**
 * JSON Web Token signing: HS256 (shared secret) or RS256 (the plugin's key pair).
 *
 * @package ShopAgent
 */

namespace ShopAgent;

defined( 'ABSPATH' ) || exit;

/**
 * Signs compact JWTs. Hand-written rather than a bundled library: signing two fixed algorithms
 * is a few lines of hash_hmac and openssl_sign, and the plugin never parses untrusted tokens.
 */
final class Jwt {
	/** @param array<string, mixed> $claims */
	public static function sign_hs256( array $claims, string $secret ): string {
		$header  = self::b64( wp_json_encode( array( 'alg' => 'HS256', 'typ' => 'JWT' ) ) );
		$payload = self::b64( wp_json_encode( $claims ) );
		$mac     = hash_hmac( 'sha256', $header . '.' . $payload, $secret, true );
		return $header . '.' . $payload . '.' . self::b64( $mac );
	}

	/**
	 * @param array<string, mixed> $claims
	 * @throws \RuntimeException when the key cannot sign.
	 */
	public static function sign_rs256( array $claims, string $private_pem ): string {
		$header  = self::b64( wp_json_encode( array( 'alg' => 'RS256', 'typ' => 'JWT' ) ) );
		$payload = self::b64( wp_json_encode( $claims ) );
		if ( ! openssl_sign( $header . '.' . $payload, $signature, $private_pem, OPENSSL_ALGO_SHA256 ) ) {
			throw new \RuntimeException( 'the signing key could not sign' );
		}
		return $header . '.' . $payload . '.' . self::b64( $signature );
	}

	/** Base64url without padding, as JWTs and JWKs write bytes. */
	public static function b64( string $bytes ): string {
		return rtrim( strtr( base64_encode( $bytes ), '+/', '-_' ), '=' ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode
	}
}
