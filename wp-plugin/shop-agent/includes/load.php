<?php
/**
 * Loads the plugin's classes (no Composer: the plugin ships as one self-contained folder).
 *
 * @package ShopAgent
 */

defined( 'ABSPATH' ) || exit;

foreach ( array( 'settings', 'jwt', 'signing-key', 'experiment', 'rate-limiter', 'visitor', 'token-issuer', 'token-controller', 'chat-proxy', 'settings-page', 'widget-loader', 'plugin' ) as $shop_agent_part ) {
	require_once __DIR__ . '/class-' . $shop_agent_part . '.php';
}
unset( $shop_agent_part );
