package io.hotline.callback.plan;

import io.hotline.support.HotlineTest;
import io.hotline.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measure of issue 20's goal ({@link CallbackPlanSimulation}, the same as
 * {@code benchmark-callback-plans}) on the tests' platform with its clock: every replied
 * order gets a plan, and at least 95 % are surveyed.
 */
@HotlineTest
class CallbackPlansMeasureTest {

	static final int ORDERS = Integer.getInteger("callbackPlans.orders", 120);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	PlanSending sending;

	@Autowired
	PlanTiming timing;

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	@Test
	void atLeastNinetyFivePercentOfRepliedOrdersAreSurveyed() throws Exception {
		CallbackPlanSimulation.Result result = new CallbackPlanSimulation(this.port, "demo", "admin:demo", this.jdbc,
				this.sending, this.timing, this.clock, this.clock::advance)
			.run(ORDERS);
		System.out.println(result);
		assertThat(result.plans()).isEqualTo(ORDERS);
		assertThat(result.surveyedShare()).isGreaterThanOrEqualTo(CallbackPlansBenchmarkTask.GOAL);
	}

}
