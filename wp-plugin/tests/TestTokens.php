<?php
/** Decodes and checks HS256 tokens the way the backend does, for assertions. */
final class TestTokens {
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
