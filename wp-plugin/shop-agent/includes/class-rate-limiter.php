<?php
/**
 * Fixed-window rate limits kept in transients.
 *
 * @package ShopAgent
 */

namespace ShopAgent;

defined( 'ABSPATH' ) || exit;

/** Counts hits per key in a window; keys are hashed so no IP address is stored. */
final class Rate_Limiter {
	public function __construct( private string $name, private int $limit, private int $window_seconds ) {}

	/** Records a hit; false when the key already used its allowance in this window. */
	public function allow( string $key ): bool {
		$window = intdiv( time(), $this->window_seconds );
		$slot   = 'shop_agent_rl_' . $this->name . '_' . substr( hash( 'sha256', wp_salt( 'nonce' ) . $key . '|' . $window ), 0, 24 );
		$used   = (int) get_transient( $slot );
		if ( $used >= $this->limit ) {
			return false;
		}
		set_transient( $slot, $used + 1, $this->window_seconds );
		return true;
	}
}
