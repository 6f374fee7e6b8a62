<?php
/**
 * Sets up and tears down the end-to-end WordPress site from the command line, through
 * WordPress's own code: wp_install, wp_insert_user, Plugin_Upgrader (the code path of
 * Plugins > Add New > Upload), activate_plugin, deactivate_plugins and delete_plugins.
 *
 * php wp-site.php install   <wp-dir> <wp-url> <plugin-zip> <kb-dir> <settings-json>
 * php wp-site.php uninstall <wp-dir> <wp-url>
 * Passwords come from the environment (E2E_ADMIN_PASS, E2E_CUSTOMER_PASS); with RS256 signing the
 * plugin's public key is written to E2E_JWK_FILE.
 */

[ , $command, $wp_dir, $wp_url ] = $argv;
$url                             = parse_url( $wp_url );
$_SERVER['HTTP_HOST']            = $url['host'] . ':' . $url['port'];
$_SERVER['REQUEST_URI']          = '/';
$_SERVER['SERVER_NAME']          = $url['host'];
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require $wp_dir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/misc.php';

function fail( string $why ): void {
	fwrite( STDERR, "[wp-site] $why\n" );
	exit( 1 );
}

const PLUGIN = 'shop-agent/shop-agent.php';

if ( 'install' === $command ) {
	[ , , , , $zip, $kb_dir, $settings_json ] = $argv;
	wp_install( 'Juniper & Pine Outfitters', 'admin', 'admin@juniperpine.example', false, '', getenv( 'E2E_ADMIN_PASS' ) );
	update_option( 'permalink_structure', '/%postname%/' );

	// The demo orders belong to WordPress user 101 (alice): give the customer that id.
	global $wpdb;
	$wpdb->query( "ALTER TABLE {$wpdb->users} AUTO_INCREMENT = 101" );
	$alice = wp_insert_user( array( 'user_login' => 'alice', 'user_pass' => getenv( 'E2E_CUSTOMER_PASS' ), 'user_email' => 'alice@example.com', 'first_name' => 'Alice', 'role' => 'subscriber' ) );
	if ( 101 !== $alice ) {
		fail( 'the demo customer got user id ' . print_r( $alice, true ) . ' instead of 101' );
	}

	// The shop's help pages at the slugs the agent cites (/docs/shipping, ...), as a real shop has them.
	$parents = array();
	foreach ( glob( rtrim( $kb_dir, '/' ) . '/*.md' ) as $file ) {
		if ( ! preg_match( '/^---\n(.*?)\n---\n(.*)$/s', file_get_contents( $file ), $m )
			|| ! preg_match( '/^url:\s*"?([^"\n]+)"?$/m', $m[1], $u ) || ! preg_match( '/^title:\s*"?([^"\n]+)"?$/m', $m[1], $t ) ) {
			continue;
		}
		[ $section, $slug ] = array_pad( explode( '/', trim( $u[1], '/' ), 2 ), 2, '' );
		if ( ! isset( $parents[ $section ] ) ) {
			$parents[ $section ] = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => ucfirst( $section ), 'post_name' => $section ) );
		}
		wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => $t[1], 'post_name' => $slug, 'post_parent' => $parents[ $section ], 'post_content' => wpautop( esc_html( $m[2] ) ) ) );
	}

	// Install the zip the way Plugins > Add New > Upload does, then activate it.
	$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
	$result   = $upgrader->install( $zip );
	if ( true !== $result ) {
		fail( 'Plugin_Upgrader could not install the zip: ' . ( is_wp_error( $result ) ? $result->get_error_message() : var_export( $upgrader->skin->get_upgrade_messages(), true ) ) );
	}
	$activated = activate_plugin( PLUGIN );
	if ( is_wp_error( $activated ) ) {
		fail( 'activation failed: ' . $activated->get_error_message() );
	}
	update_option( \ShopAgent\Settings::OPTION, \ShopAgent\Settings::sanitize( json_decode( $settings_json, true ) ) );
	if ( 'rs256' === \ShopAgent\Settings::get()['signing'] ) {
		// what the shop owner copies from the settings page into the agent's configuration
		file_put_contents( getenv( 'E2E_JWK_FILE' ), \ShopAgent\Signing_Key::public_jwk() ) || fail( 'cannot write the public key' );
	}
	flush_rewrite_rules();
	fwrite( STDERR, '[wp-site] installed WordPress ' . get_bloginfo( 'version' ) . ', customer alice = user 101, ' . count( $parents ) . " page sections, plugin active\n" );
	exit( 0 );
}

if ( 'uninstall' === $command ) {
	if ( ! is_plugin_active( PLUGIN ) || false === get_option( 'shop_agent_settings' ) ) {
		fail( 'expected the plugin active with its settings before uninstalling' );
	}
	deactivate_plugins( PLUGIN );
	if ( is_plugin_active( PLUGIN ) ) {
		fail( 'the plugin is still active after deactivation' );
	}
	$deleted = delete_plugins( array( PLUGIN ) ); // runs the plugin's uninstall.php
	if ( true !== $deleted ) {
		fail( 'delete_plugins failed: ' . ( is_wp_error( $deleted ) ? $deleted->get_error_message() : var_export( $deleted, true ) ) );
	}
	wp_cache_flush();
	if ( false !== get_option( 'shop_agent_settings' ) || false !== get_option( 'shop_agent_signing_key' ) || is_dir( WP_PLUGIN_DIR . '/shop-agent' ) ) {
		fail( 'uninstall left the settings, the signing key or the plugin folder behind' );
	}
	fwrite( STDERR, "[wp-site] deactivated and uninstalled: settings, signing key and files removed\n" );
	exit( 0 );
}
fail( "unknown command $command" );
