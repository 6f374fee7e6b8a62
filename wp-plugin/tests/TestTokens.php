<?php
/** Decodes and checks HS256 and RS256 tokens the way the backend does, for assertions. */
final class TestTokens {
	/** Checks an RS256 token against the public key rebuilt from the plugin's JWK alone, as the agent does. */
	public static function verify_rs256( string $jwt, string $public_jwk ): array {
		$jwk   = json_decode( $public_jwk, true );
		$parts = explode( '.', $jwt );
		$der   = self::rsa_public_der( self::unb64( $jwk['n'] ), self::unb64( $jwk['e'] ) );
		$pem   = "-----BEGIN PUBLIC KEY-----\n" . chunk_split( base64_encode( $der ), 64, "\n" ) . "-----END PUBLIC KEY-----\n";
		if ( 1 !== openssl_verify( $parts[0] . '.' . $parts[1], self::unb64( $parts[2] ), $pem, OPENSSL_ALGO_SHA256 ) ) {
			throw new UnexpectedValueException( 'bad signature' );
		}
		if ( 'RS256' !== json_decode( self::unb64( $parts[0] ), true )['alg'] ) {
			throw new UnexpectedValueException( 'wrong alg' );
		}
		return json_decode( self::unb64( $parts[1] ), true );
	}

	private static function unb64( string $s ): string {
		return base64_decode( strtr( $s, '-_', '+/' ) );
	}

	/** SubjectPublicKeyInfo for rsaEncryption with modulus n and exponent e (DER). */
	private static function rsa_public_der( string $n, string $e ): string {
		$int = fn( string $b ) => self::der( 0x02, ( ord( $b[0] ) > 0x7f ? "\0" : '' ) . $b );
		$rsa = self::der( 0x30, $int( $n ) . $int( $e ) );
		$alg = self::der( 0x30, self::der( 0x06, "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01" ) . "\x05\x00" );
		return self::der( 0x30, $alg . self::der( 0x03, "\0" . $rsa ) );
	}

	private static function der( int $tag, string $body ): string {
		$len = strlen( $body );
		$enc = $len < 0x80 ? chr( $len ) : ( $len < 0x100 ? "\x81" . chr( $len ) : "\x82" . pack( 'n', $len ) );
		return chr( $tag ) . $enc . $body;
	}

	public static function verify( string $jwt, string $secret ): array {
		$parts = explode( '.', $jwt );
		if ( 3 !== count( $parts ) ) {
			throw new UnexpectedValueException( 'not a compact JWT' );
		}
		$mac = rtrim( strtr( base64_encode( hash_hmac( 'sha256', $parts[0] . '.' . $parts[1], $secret, true ) ), '+/', '-_' ), '=' );
		if ( ! hash_equals( $mac, $parts[2] ) ) {
			throw new UnexpectedValueException( 'bad signature' );
		}
		$header = json_decode( base64_decode( strtr( $parts[0], '-_', '+/' ) ), true );
		if ( 'HS256' !== $header['alg'] ) {
			throw new UnexpectedValueException( 'wrong alg' );
		}
		return json_decode( base64_decode( strtr( $parts[1], '-_', '+/' ) ), true );
	}
}
