<?php
/**
 * The plugin's RSA key pair for RS256 visitor tokens.
 *
 * @package ShopAgent
 */

namespace ShopAgent;

defined( 'ABSPATH' ) || exit;

/**
 * With RS256 the private key never leaves WordPress (an option that is not autoloaded) and the
 * agent holds only the public key: a leaked agent configuration cannot mint customer tokens.
 */
final class Signing_Key {
	const OPTION = 'shop_agent_signing_key';
	const BITS   = 2048;

	public static function private_pem(): string {
		return (string) get_option( self::OPTION, '' );
	}

	/**
	 * Creates the key pair the first time RS256 is chosen; later calls keep it.
	 *
	 * @throws \RuntimeException when OpenSSL cannot make a key.
	 */
	public static function ensure(): string {
		$pem = self::private_pem();
		if ( '' !== $pem ) {
			return $pem;
		}
		$key = openssl_pkey_new( array( 'private_key_bits' => self::BITS, 'private_key_type' => OPENSSL_KEYTYPE_RSA ) );
		if ( false === $key || ! openssl_pkey_export( $key, $pem ) ) {
			throw new \RuntimeException( 'OpenSSL could not generate a signing key' );
		}
		update_option( self::OPTION, $pem, false );
		return $pem;
	}

	/** The public half as a JWK, the value of AGENT_SHOP_TOKEN_PUBLIC_JWK on the agent; '' without a key. */
	public static function public_jwk(): string {
		$pem = self::private_pem();
		$key = '' === $pem ? false : openssl_pkey_get_private( $pem );
		if ( false === $key ) {
			return '';
		}
		$rsa = openssl_pkey_get_details( $key )['rsa'];
		return (string) wp_json_encode(
			array(
				'kty' => 'RSA',
				'alg' => 'RS256',
				'use' => 'sig',
				'n'   => Jwt::b64( $rsa['n'] ),
				'e'   => Jwt::b64( $rsa['e'] ),
			)
		);
	}
}
