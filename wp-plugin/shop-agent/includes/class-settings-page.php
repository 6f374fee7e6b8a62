<?php
/**
 * Settings > Support agent: the admin form (manage_options only) and the experiment's counters.
 *
 * @package ShopAgent
 */

namespace ShopAgent;

defined( 'ABSPATH' ) || exit;

/** The settings form. options.php checks the nonce (settings_fields) and the capability. */
final class Settings_Page {
	const SLUG = 'shop-agent';

	public function register(): void {
		add_action( 'admin_init', array( $this, 'register_setting' ) );
		add_action( 'admin_menu', array( $this, 'add_page' ) );
	}

	public function register_setting(): void {
		register_setting(
			self::SLUG,
			Settings::OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => array( Settings::class, 'sanitize' ),
				'show_in_rest'      => false,
			)
		);
	}

	public function add_page(): void {
		add_options_page( __( 'Support agent', 'shop-agent' ), __( 'Support agent', 'shop-agent' ), 'manage_options', self::SLUG, array( $this, 'render' ) );
	}

	public function render(): void {
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_die( esc_html__( 'You are not allowed to change the support agent.', 'shop-agent' ), 403 );
		}
		$s = Settings::get();
		echo '<div class="wrap"><h1>' . esc_html__( 'Support agent', 'shop-agent' ) . '</h1>';
		settings_errors( Settings::OPTION );
		echo '<form method="post" action="options.php">';
		settings_fields( self::SLUG );
		echo '<table class="form-table" role="presentation">';
		$this->checkbox( 'enabled', __( 'Show the chat (kill switch)', 'shop-agent' ), $s['enabled'] );
		$this->text( 'backend_url', __( 'Backend URL', 'shop-agent' ), $s['backend_url'], 'url', __( 'Where the agent runs, e.g. https://agent.example.com', 'shop-agent' ) );
		$this->text( 'allowed_origins', __( 'Allowed origins', 'shop-agent' ), implode( "\n", $s['allowed_origins'] ), 'text', __( 'Other sites (scheme://host:port) whose pages may ask for chat tokens. Give the backend the same list in AGENT_ALLOWED_ORIGINS, with this site added.', 'shop-agent' ) );
		$this->select( 'signing', __( 'Token signing', 'shop-agent' ), $s['signing'], array_combine( Settings::SIGNINGS, array( __( 'Shared secret (HS256)', 'shop-agent' ), __( 'Key pair (RS256): the agent gets only the public key', 'shop-agent' ) ) ) );
		$this->public_key_row( $s );
		$this->text( 'token_secret', __( 'Signing secret', 'shop-agent' ), '', 'password', '' !== $s['token_secret'] ? __( 'A secret is stored. Leave blank to keep it.', 'shop-agent' ) : __( 'At least 32 characters; the backend needs the same value in AGENT_SHOP_TOKEN_SECRET.', 'shop-agent' ) );
		$this->text( 'token_issuer', __( 'Token issuer', 'shop-agent' ), $s['token_issuer'], 'text', __( 'Must equal AGENT_SHOP_TOKEN_ISSUER on the backend.', 'shop-agent' ) );
		$this->text( 'title', __( 'Widget title', 'shop-agent' ), $s['title'] );
		$this->text( 'greeting', __( 'Greeting', 'shop-agent' ), $s['greeting'] );
		$this->text( 'color', __( 'Colour', 'shop-agent' ), $s['color'], 'color' );
		$this->select( 'position', __( 'Position', 'shop-agent' ), $s['position'], array_combine( Settings::POSITIONS, array( __( 'Bottom right', 'shop-agent' ), __( 'Bottom left', 'shop-agent' ) ) ) );
		$this->select( 'show_on', __( 'Show on', 'shop-agent' ), $s['show_on'], array_combine( Settings::SHOW_ON, array( __( 'Every page', 'shop-agent' ), __( 'Front page only', 'shop-agent' ), __( 'Only the pages listed below', 'shop-agent' ) ) ) );
		$this->text( 'page_ids', __( 'Page IDs', 'shop-agent' ), implode( ', ', $s['page_ids'] ) );
		$this->select( 'transport', __( 'Connection', 'shop-agent' ), $s['transport'], array_combine( Settings::TRANSPORTS, array( __( 'WebSocket, falling back to this site', 'shop-agent' ), __( 'WebSocket only', 'shop-agent' ), __( 'Through this site only (REST proxy)', 'shop-agent' ) ) ) );
		$this->text( 'experiment_percent', __( 'A/B experiment: % of visitors who get the chat', 'shop-agent' ), (string) $s['experiment_percent'], 'number', __( '0 switches the experiment off (everyone gets the chat). Others see a link to the contact page.', 'shop-agent' ) );
		$this->text( 'contact_url', __( 'Contact page URL', 'shop-agent' ), $s['contact_url'], 'text' );
		echo '</table>';
		submit_button();
		echo '</form>';
		$this->experiment_counts();
		echo '</div>';
	}

	/** With RS256, the public key to paste into the agent's configuration. */
	private function public_key_row( array $s ): void {
		$jwk = 'rs256' === $s['signing'] ? Signing_Key::public_jwk() : '';
		if ( '' === $jwk ) {
			return;
		}
		$field = sprintf( '<textarea id="shop-agent-public-jwk" class="large-text code" rows="4" readonly>%s</textarea>', esc_textarea( $jwk ) );
		$this->row( 'public-jwk', __( 'Public key', 'shop-agent' ), $field, __( 'Set AGENT_SHOP_TOKEN_PUBLIC_JWK on the agent to this value. The private key stays in WordPress.', 'shop-agent' ) );
	}

	private function experiment_counts(): void {
		echo '<h2>' . esc_html__( 'Experiment', 'shop-agent' ) . '</h2><table class="widefat striped"><thead><tr><th>' . esc_html__( 'Arm', 'shop-agent' ) . '</th><th>' . esc_html__( 'Visits', 'shop-agent' ) . '</th></tr></thead><tbody>';
		foreach ( array( Experiment::WIDGET, Experiment::CONTACT ) as $arm ) {
			$visits = Experiment::counts()[ $arm ]['visits'] ?? 0;
			echo '<tr><td>' . esc_html( $arm ) . '</td><td>' . esc_html( number_format_i18n( $visits ) ) . '</td></tr>';
		}
		echo '</tbody></table><p>' . esc_html__( 'Chats and tickets per arm are counted by the backend from the arm in each visitor token.', 'shop-agent' ) . '</p>';
	}

	private function row( string $key, string $label, string $field, string $help ): void {
		printf( '<tr><th scope="row"><label for="shop-agent-%1$s">%2$s</label></th><td>%3$s', esc_attr( $key ), esc_html( $label ), $field ); // phpcs:ignore WordPress.Security.EscapeOutput -- $field is built escaped below
		if ( '' !== $help ) {
			echo '<p class="description">' . esc_html( $help ) . '</p>';
		}
		echo '</td></tr>';
	}

	private function name( string $key ): string {
		return esc_attr( Settings::OPTION . '[' . $key . ']' );
	}

	private function text( string $key, string $label, string $value, string $type = 'text', string $help = '' ): void {
		$field = sprintf( '<input class="regular-text" id="shop-agent-%1$s" name="%2$s" type="%3$s" value="%4$s" autocomplete="off">', esc_attr( $key ), $this->name( $key ), esc_attr( $type ), esc_attr( $value ) );
		$this->row( $key, $label, $field, $help );
	}

	private function checkbox( string $key, string $label, bool $checked ): void {
		$field = sprintf( '<input id="shop-agent-%1$s" name="%2$s" type="checkbox" value="1" %3$s>', esc_attr( $key ), $this->name( $key ), checked( $checked, true, false ) );
		$this->row( $key, $label, $field, '' );
	}

	/** @param array<string, string> $options */
	private function select( string $key, string $label, string $value, array $options ): void {
		$field = sprintf( '<select id="shop-agent-%1$s" name="%2$s">', esc_attr( $key ), $this->name( $key ) );
		foreach ( $options as $option => $text ) {
			$field .= sprintf( '<option value="%1$s" %2$s>%3$s</option>', esc_attr( $option ), selected( $value, $option, false ), esc_html( $text ) );
		}
		$this->row( $key, $label, $field . '</select>', '' );
	}
}
