<?php
/**
 * Who the current visitor is: a signed-in WordPress user or a guest with a random id.
 *
 * @package ShopAgent
 */

namespace ShopAgent;

defined( 'ABSPATH' ) || exit;

/** A visitor: user id (0 for guests) and a stable id used for the subject and the A/B arm. */
final class Visitor {
	const GUEST_COOKIE = 'shop_agent_guest';

	private function __construct( public readonly int $user_id, public readonly string $guest_id ) {}

	public static function user( int $user_id ): self {
		return new self( $user_id, '' );
	}

	public static function guest( string $guest_id ): self {
		return new self( 0, $guest_id );
	}

	public function is_user(): bool {
		return $this->user_id > 0;
	}

	/** The token subject the backend expects: user:<id> or guest:<id>. */
	public function subject(): string {
		return $this->is_user() ? 'user:' . $this->user_id : 'guest:' . $this->guest_id;
	}

	/**
	 * The guest id from this browser's cookie, or a new random one (set as an HttpOnly cookie so
	 * the guest can resume the chat after a reload; scripts on the page cannot read it).
	 */
	public static function current_guest(): self {
		$raw = isset( $_COOKIE[ self::GUEST_COOKIE ] ) ? sanitize_text_field( wp_unslash( $_COOKIE[ self::GUEST_COOKIE ] ) ) : '';
		if ( preg_match( '/^[a-f0-9]{32}$/', $raw ) ) {
			return self::guest( $raw );
		}
		$id = bin2hex( random_bytes( 16 ) );
		if ( ! headers_sent() ) {
			setcookie(
				self::GUEST_COOKIE,
				$id,
				array(
					'expires'  => time() + 30 * DAY_IN_SECONDS,
					'path'     => COOKIEPATH ? COOKIEPATH : '/',
					'secure'   => is_ssl(),
					'httponly' => true,
					'samesite' => 'Lax',
				)
			);
		}
		$_COOKIE[ self::GUEST_COOKIE ] = $id;
		return self::guest( $id );
	}
}
