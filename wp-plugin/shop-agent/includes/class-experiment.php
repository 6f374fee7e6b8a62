<?php
/**
 * The A/B experiment: widget against the shop's existing contact page.
 *
 * @package ShopAgent
 */

namespace ShopAgent;

defined( 'ABSPATH' ) || exit;

/**
 * Assigns a visitor to an arm by a stable hash of the visitor id, so the same visitor always
 * sees the same arm; counts visits per arm for the settings page.
 */
final class Experiment {
	const WIDGET  = 'widget';
	const CONTACT = 'contact_form';
	const OFF     = 'off';
	const COUNTS  = 'shop_agent_experiment_counts';

	/** @param int $percent share of visitors (0-100) who get the widget; 0 switches the experiment off. */
	public static function arm( string $visitor_id, int $percent ): string {
		if ( $percent <= 0 ) {
			return self::OFF;
		}
		$bucket = hexdec( substr( hash( 'sha256', 'shop-agent-ab|' . $visitor_id ), 0, 8 ) ) % 100;
		return $bucket < $percent ? self::WIDGET : self::CONTACT;
	}

	/** Counts one page view for an arm (no visitor data is kept, only totals). */
	public static function count_visit( string $arm ): void {
		if ( self::OFF === $arm ) {
			return;
		}
		$counts = get_option( self::COUNTS, array() );
		$counts = is_array( $counts ) ? $counts : array();
		$counts[ $arm ]['visits'] = ( $counts[ $arm ]['visits'] ?? 0 ) + 1;
		update_option( self::COUNTS, $counts, false );
	}

	/** @return array<string, array<string, int>> */
	public static function counts(): array {
		$counts = get_option( self::COUNTS, array() );
		return is_array( $counts ) ? $counts : array();
	}
}
