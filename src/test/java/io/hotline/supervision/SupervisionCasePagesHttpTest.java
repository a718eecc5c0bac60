package io.hotline.supervision;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import io.hotline.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.hotline.supervision.SupervisionPlant.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 督办件 as a list that can be long: sorted by a column, paged on the server with the number
 * of all, filtered by the day opened; wrong parameters refused by name.
 */
@HotlineTest
class SupervisionCasePagesHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void sortsPagesAndFiltersTheCases() {
		SupervisionPlant plant = new SupervisionPlant(this.port, this.jdbc, this.clock);
		long unit = plant.unit();
		Api handler = plant.handler(unit);
		List<JsonNode> orders = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			orders.add(plant.atUnit(handler, unit));
		}
		Instant deadline = orders.stream()
			.map((o) -> Instant.parse(o.get("deadline").asString()))
			.max(Instant::compareTo)
			.orElseThrow();
		plant.moveTo(deadline.plus(Duration.ofMinutes(1)));
		plant.run(unit);
		// a reminder for one: it has the most
		this.jdbc.sql("update supervision_case set reminders = 7 where order_id = ? and kind = 'OVERDUE'")
			.param(orders.get(1).get("id").asLong())
			.update();
		Api supervisor = Api.as(this.port, "supervisor1");
		String base = "/api/supervision/cases?kind=OVERDUE&unitId=" + unit;

		JsonNode first = ok(supervisor.get(base + "&sort=reminders&dir=desc&limit=2")).body();
		assertThat(first.get("total").asLong()).isEqualTo(3);
		assertThat(first.get("cases")).hasSize(2);
		assertThat(first.get("cases").get(0).get("orderId").asLong()).isEqualTo(orders.get(1).get("id").asLong());
		JsonNode second = ok(supervisor.get(base + "&sort=reminders&dir=desc&limit=2&offset=2")).body();
		assertThat(second.get("cases")).hasSize(1);
		assertThat(second.get("offset").asInt()).isEqualTo(2);
		List<String> numbers = new ArrayList<>();
		ok(supervisor.get(base + "&sort=orderNumber&dir=asc")).body()
			.get("cases")
			.forEach((c) -> numbers.add(c.get("orderNumber").asString()));
		assertThat(numbers).hasSize(3).isSorted();

		// opened today (Beijing), none the day before
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), WorkingCalendar.ZONE);
		assertThat(ok(supervisor.get(base + "&from=" + today + "&to=" + today)).body().get("total").asLong())
			.isEqualTo(3);
		assertThat(ok(supervisor.get(base + "&to=" + today.minusDays(1))).body().get("total").asLong()).isZero();

		assertThat(supervisor.get(base + "&sort=password").detail()).contains("password");
		assertThat(supervisor.get(base + "&dir=up").status()).isEqualTo(400);
		assertThat(supervisor.get(base + "&limit=5000").detail()).contains("limit");
		assertThat(supervisor.get(base + "&from=yesterday").detail()).contains("from");
	}

}
