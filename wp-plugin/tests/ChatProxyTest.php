<?php
use PHPUnit\Framework\TestCase;
use ShopAgent\Chat_Proxy;

final class ChatProxyTest extends TestCase {
	protected function setUp(): void {
		WpStub::reset();
	}

	public function test_should_pass_the_visitors_address_to_the_backend(): void {
		$_SERVER['REMOTE_ADDR'] = '198.51.100.23';
		$headers                = Chat_Proxy::headers( 'tok' );
		$this->assertSame( '198.51.100.23', $headers['X-Forwarded-For'] );
		$this->assertSame( 'Bearer tok', $headers['Authorization'] );
	}

	public function test_should_pass_no_address_when_remote_addr_is_not_an_ip(): void {
		$_SERVER['REMOTE_ADDR'] = 'evil, 1.2.3.4';
		$this->assertArrayNotHasKey( 'X-Forwarded-For', Chat_Proxy::headers( 'tok' ) );
	}
}
