<?php
/**
 * Wires the plugin's parts into WordPress.
 *
 * @package ShopAgent
 */

namespace ShopAgent;

defined( 'ABSPATH' ) || exit;

/** Hooks only; every part stays testable on its own. */
final class Plugin {
	public static function boot(): void {
		load_plugin_textdomain( 'shop-agent', false, dirname( plugin_basename( SHOP_AGENT_FILE ) ) . '/languages' );
		add_action(
			'rest_api_init',
			static function () {
				Token_Controller::with_defaults()->register();
				Chat_Proxy::with_defaults()->register();
			}
		);
		( new Widget_Loader() )->register();
		if ( is_admin() ) {
			( new Settings_Page() )->register();
		}
	}
}
