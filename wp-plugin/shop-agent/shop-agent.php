<?php
/**
 * Plugin Name:       Shop Support Agent
 * Description:       AI support chat for your shop: answers from your pages, looks up a signed-in customer's own orders, opens tickets. Holds no AI or WooCommerce key: it only signs short-lived visitor tokens.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            Shop Agent team
 * License:           GPL-2.0-or-later
 * Text Domain:       shop-agent
 * Domain Path:       /languages
 *
 * @package ShopAgent
 */

defined( 'ABSPATH' ) || exit;

define( 'SHOP_AGENT_VERSION', '0.1.0' );
define( 'SHOP_AGENT_FILE', __FILE__ );

require_once __DIR__ . '/includes/load.php';

add_action( 'plugins_loaded', array( \ShopAgent\Plugin::class, 'boot' ) );
