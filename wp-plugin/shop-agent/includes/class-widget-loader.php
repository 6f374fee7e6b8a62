<?php
/**
 * Puts the chat widget (or, in the contact-form arm, the contact link) on the configured pages.
 *
 * @package ShopAgent
 */

namespace ShopAgent;

defined( 'ABSPATH' ) || exit;

/** Decides where the widget shows and hands it its configuration; loads nothing elsewhere. */
final class Widget_Loader {
	private string $arm = Experiment::OFF;

	public function register(): void {
		add_action( 'template_redirect', array( $this, 'assign_arm' ) );
		add_action( 'wp_enqueue_scripts', array( $this, 'enqueue' ) );
		add_action( 'wp_footer', array( $this, 'contact_link' ) );
	}

	/** Runs before headers are sent, so a new guest can get their cookie (and a stable arm). */
	public function assign_arm(): void {
		$s = Settings::get();
		if ( ! self::shows_here( $s ) || $s['experiment_percent'] <= 0 ) {
			return;
		}
		$visitor   = Token_Controller::current_visitor();
		$this->arm = Experiment::arm( $visitor->is_user() ? $visitor->subject() : $visitor->guest_id, (int) $s['experiment_percent'] );
		Experiment::count_visit( $this->arm );
	}

	public static function shows_here( array $s ): bool {
		if ( ! Settings::is_live( $s ) || is_admin() ) {
			return false;
		}
		return match ( $s['show_on'] ) {
			'front' => is_front_page(),
			'pages' => is_singular() && in_array( get_queried_object_id(), $s['page_ids'], true ),
			default => true,
		};
	}

	public function enqueue(): void {
		$s = Settings::get();
		if ( ! self::shows_here( $s ) || Experiment::CONTACT === $this->arm ) {
			return;
		}
		$base = plugin_dir_url( SHOP_AGENT_FILE ) . 'assets/';
		wp_enqueue_style( 'shop-agent-widget', $base . 'widget.css', array(), SHOP_AGENT_VERSION );
		wp_enqueue_script( 'shop-agent-widget', $base . 'widget.js', array( 'wp-i18n' ), SHOP_AGENT_VERSION, true );
		wp_set_script_translations( 'shop-agent-widget', 'shop-agent', plugin_dir_path( SHOP_AGENT_FILE ) . 'languages' );
		$config = array(
			'restUrl'   => esc_url_raw( rest_url( Token_Controller::NS . '/' ) ),
			'nonce'     => wp_create_nonce( 'wp_rest' ),
			'wsUrl'     => preg_replace( '#^http#i', 'ws', $s['backend_url'] ) . '/v1/chat/ws',
			'transport' => $s['transport'],
			'title'     => '' !== $s['title'] ? $s['title'] : __( 'Help', 'shop-agent' ),
			'greeting'  => '' !== $s['greeting'] ? $s['greeting'] : __( 'Hi! Ask me about shipping, returns or your order.', 'shop-agent' ),
			'color'     => $s['color'],
			'position'  => $s['position'],
		);
		wp_add_inline_script( 'shop-agent-widget', 'window.shopAgentConfig = ' . wp_json_encode( $config ) . ';', 'before' );
	}

	/** The contact-form arm of the experiment: the shop's normal contact page instead of the chat. */
	public function contact_link(): void {
		$s = Settings::get();
		if ( Experiment::CONTACT !== $this->arm || '' === $s['contact_url'] ) {
			return;
		}
		printf(
			'<a class="shop-agent-contact" href="%1$s" style="position:fixed;bottom:16px;%2$s:16px;z-index:99999;padding:10px 16px;border-radius:24px;color:#fff;background:%3$s">%4$s</a>',
			esc_url( $s['contact_url'] ),
			'bottom-left' === $s['position'] ? 'left' : 'right',
			esc_attr( $s['color'] ),
			esc_html__( 'Contact us', 'shop-agent' )
		);
	}
}
