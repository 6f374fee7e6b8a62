<?php
/**
 * The plugin's settings: defaults, reading, and sanitising what the settings form sends.
 *
 * @package ShopAgent
 */

namespace ShopAgent;

defined( 'ABSPATH' ) || exit;

/** One option (an array) holds every setting; the signing secret is never echoed back to a form. */
final class Settings {
	const OPTION         = 'shop_agent_settings';
	const MIN_SECRET_LEN = 32;
	const POSITIONS      = array( 'bottom-right', 'bottom-left' );
	const SHOW_ON        = array( 'all', 'front', 'pages' );
	const TRANSPORTS     = array( 'auto', 'websocket', 'proxy' );
	const SIGNINGS       = array( 'hs256', 'rs256' );

	/** @return array<string, mixed> */
	public static function defaults(): array {
		return array(
			'enabled'            => false,
			'backend_url'        => '',
			'allowed_origins'    => array(),
			'signing'            => 'hs256',
			'token_secret'       => '',
			'token_issuer'       => 'demo-shop',
			'title'              => '',
			'greeting'           => '',
			'color'              => '#1d4ed8',
			'position'           => 'bottom-right',
			'show_on'            => 'all',
			'page_ids'           => array(),
			'transport'          => 'auto',
			'experiment_percent' => 0,
			'contact_url'        => '',
		);
	}

	/** @return array<string, mixed> */
	public static function get(): array {
		$stored = get_option( self::OPTION, array() );
		return array_merge( self::defaults(), is_array( $stored ) ? $stored : array() );
	}

	/** Ready to sign tokens: switched on, a backend, and a long enough secret or (RS256) a key pair. */
	public static function is_live( array $s ): bool {
		$can_sign = 'rs256' === $s['signing'] ? '' !== Signing_Key::private_pem() : strlen( $s['token_secret'] ) >= self::MIN_SECRET_LEN;
		return $s['enabled'] && '' !== $s['backend_url'] && $can_sign;
	}

	/**
	 * Sanitises the settings form. Unknown keys are dropped; a blank secret keeps the stored one;
	 * a too-short secret is refused with a notice and the stored one kept.
	 *
	 * @param mixed $input raw form input.
	 * @return array<string, mixed>
	 */
	public static function sanitize( $input ): array {
		$old = self::get();
		$in  = is_array( $input ) ? wp_unslash( $input ) : array();
		$out = self::defaults();

		$out['enabled']     = ! empty( $in['enabled'] );
		$out['backend_url'] = self::http_url( $in['backend_url'] ?? '' );
		if ( '' !== trim( (string) ( $in['backend_url'] ?? '' ) ) && '' === $out['backend_url'] ) {
			add_settings_error( self::OPTION, 'backend_url', __( 'The backend URL must start with http:// or https://.', 'shop-agent' ) );
		}
		$out['allowed_origins'] = self::origins( self::lines( $in['allowed_origins'] ?? '' ) );

		$secret = trim( (string) ( $in['token_secret'] ?? '' ) );
		if ( '' === $secret ) {
			$out['token_secret'] = $old['token_secret'];
		} elseif ( strlen( $secret ) < self::MIN_SECRET_LEN ) {
			$out['token_secret'] = $old['token_secret'];
			add_settings_error( self::OPTION, 'token_secret', __( 'The signing secret must be at least 32 characters; the previous secret is kept.', 'shop-agent' ) );
		} else {
			$out['token_secret'] = $secret;
		}
		$out['signing'] = self::one_of( $in['signing'] ?? $old['signing'], self::SIGNINGS );
		if ( 'rs256' === $out['signing'] ) {
			try {
				Signing_Key::ensure();
			} catch ( \RuntimeException $e ) {
				$out['signing'] = 'hs256';
				add_settings_error( self::OPTION, 'signing', __( 'This server could not create a signing key (OpenSSL); tokens stay signed with the shared secret.', 'shop-agent' ) );
			}
		}
		$issuer              = sanitize_text_field( (string) ( $in['token_issuer'] ?? '' ) );
		$out['token_issuer'] = '' === $issuer ? $old['token_issuer'] : $issuer;

		$out['title']    = mb_substr( sanitize_text_field( (string) ( $in['title'] ?? '' ) ), 0, 80 );
		$out['greeting'] = mb_substr( sanitize_textarea_field( (string) ( $in['greeting'] ?? '' ) ), 0, 500 );
		$out['color']    = sanitize_hex_color( (string) ( $in['color'] ?? '' ) ) ?: $old['color'];

		$out['position']  = self::one_of( $in['position'] ?? '', self::POSITIONS );
		$out['show_on']   = self::one_of( $in['show_on'] ?? '', self::SHOW_ON );
		$out['transport'] = self::one_of( $in['transport'] ?? '', self::TRANSPORTS );
		$ids              = preg_split( '/[\s,]+/', self::lines( $in['page_ids'] ?? '' ), -1, PREG_SPLIT_NO_EMPTY );
		$out['page_ids']  = array_values( array_unique( array_filter( array_map( 'absint', $ids ) ) ) );

		$out['experiment_percent'] = max( 0, min( 100, (int) ( $in['experiment_percent'] ?? 0 ) ) );
		$out['contact_url']        = self::http_url( $in['contact_url'] ?? '', true );
		return $out;
	}

	/** Form text, or an already sanitised list (WordPress sanitises a new option twice). */
	private static function lines( $value ): string {
		return is_array( $value ) ? implode( "\n", array_map( 'strval', $value ) ) : (string) $value;
	}

	private static function one_of( $value, array $allowed ): string {
		return in_array( $value, $allowed, true ) ? $value : $allowed[0];
	}

	/** An absolute http(s) URL without trailing slash, or a site-relative path when allowed; else ''. */
	private static function http_url( $value, bool $relative_ok = false ): string {
		$value = trim( (string) $value );
		if ( $relative_ok && preg_match( '#^/[^/]#', $value ) ) {
			return esc_url_raw( $value );
		}
		if ( ! preg_match( '#^https?://[^\s/]+#i', $value ) ) {
			return '';
		}
		return untrailingslashit( esc_url_raw( $value, array( 'http', 'https' ) ) );
	}

	/** @return list<string> scheme://host[:port] entries, one per line or comma. */
	private static function origins( string $raw ): array {
		$out = array();
		foreach ( preg_split( '/[\s,]+/', $raw, -1, PREG_SPLIT_NO_EMPTY ) as $candidate ) {
			if ( preg_match( '#^(https?://[a-z0-9.-]+(:\d{1,5})?)/?$#i', $candidate, $m ) ) {
				$out[] = strtolower( $m[1] );
			}
		}
		return array_values( array_unique( $out ) );
	}
}
