<?php
/**
 * Removes everything the plugin stored: its settings, its signing key and the experiment counters.
 * Rate-limit transients expire on their own within ten minutes.
 *
 * @package ShopAgent
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'shop_agent_settings' );
delete_option( 'shop_agent_signing_key' );
delete_option( 'shop_agent_experiment_counts' );
