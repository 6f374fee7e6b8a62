<?php
use PHPUnit\Framework\TestCase;
use ShopAgent\Experiment;

final class ExperimentTest extends TestCase {
	protected function setUp(): void {
		WpStub::reset();
	}

	public function test_should_be_off_for_everyone_when_the_percentage_is_zero(): void {
		$this->assertSame( 'off', Experiment::arm( 'guest-1', 0 ) );
	}

	public function test_should_split_visitors_close_to_the_configured_share(): void {
		$widget = 0;
		for ( $i = 0; $i < 2000; $i++ ) {
			$widget += 'widget' === Experiment::arm( bin2hex( random_bytes( 16 ) ), 30 ) ? 1 : 0;
		}
		$this->assertEqualsWithDelta( 600, $widget, 90 );
	}

	public function test_should_give_everyone_the_widget_at_one_hundred_percent(): void {
		for ( $i = 0; $i < 50; $i++ ) {
			$this->assertSame( 'widget', Experiment::arm( "user:$i", 100 ) );
		}
	}

	public function test_should_count_visits_per_arm_and_ignore_the_off_arm(): void {
		Experiment::count_visit( 'widget' );
		Experiment::count_visit( 'widget' );
		Experiment::count_visit( 'contact_form' );
		Experiment::count_visit( 'off' );
		$this->assertSame( array( 'widget' => array( 'visits' => 2 ), 'contact_form' => array( 'visits' => 1 ) ), Experiment::counts() );
	}
}
