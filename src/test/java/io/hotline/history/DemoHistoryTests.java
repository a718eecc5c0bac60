package io.hotline.history;

import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@HotlineTest
class DemoHistoryTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFirstStartOfTheDemoWritesAYearOfHistoryWithOpenAndClosedOrders() {
		assertThat(count("request_id like 'demo:%'")).isGreaterThan(3_000);
		assertThat(count("request_id like 'demo:%' and status = 'CLOSED'")).isGreaterThan(2_500);
		assertThat(count("request_id like 'demo:%' and status in ('DISPATCHED', 'HANDLING', 'REPLIED')"))
			.isGreaterThan(10);
		assertThat(count("request_id like 'demo:%' and reopen_count > 0")).isGreaterThan(50);
		assertThat(count("request_id like 'demo:%' and created_at < now() - interval '300 days'")).isGreaterThan(100);
		assertThat(count("request_id like 'demo:%' and (district_code is null or category_code is null)")).isZero();
	}

	@Test
	void aDemoOrderShowsItsTimelineOverTheApi() {
		long id = this.jdbc
			.sql("select id from work_order where request_id like 'demo:%' and status = 'CLOSED' "
					+ "and dispatch_count > 0 order by id limit 1")
			.query(Long.class)
			.single();
		Response order = Api.as(this.port, "supervisor1").get("/api/orders/" + id);
		assertThat(order.status()).isEqualTo(200);
		assertThat(order.body().get("events").get(0).get("type").asString()).isEqualTo("REGISTERED");
		assertThat(order.body().get("events").get(1).get("type").asString()).isEqualTo("DISPATCHED");
		assertThat(order.text("mainUnitId")).isNotNull();
	}

	private long count(String condition) {
		return this.jdbc.sql("select count(*) from work_order where " + condition).query(Long.class).single();
	}

}
