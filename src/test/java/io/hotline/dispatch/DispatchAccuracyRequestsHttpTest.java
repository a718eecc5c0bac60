package io.hotline.dispatch;

import java.time.DayOfWeek;
import java.time.LocalDate;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may read the dispatch accuracy, its defaults and the parameters it refuses. */
@HotlineTest
class DispatchAccuracyRequestsHttpTest {

	private static final String PATH = "/api/dispatch/accuracy";

	@LocalServerPort
	int port;

	@Test
	void dispatchersSupervisorsAnalystsAndAdministratorsMayReadItAndNoOneElse() {
		for (String user : new String[] { "dispatcher1", "supervisor1", "analyst1", "admin" }) {
			assertThat(Api.as(this.port, user).get(PATH).status()).as(user).isEqualTo(200);
		}
		for (String user : new String[] { "agent1", "unit1", "callback1" }) {
			Response refused = Api.as(this.port, user).get(PATH + "?interval=century");
			assertThat(refused.status()).as(user).isEqualTo(403);
			assertThat(refused.isProblem()).isTrue();
		}
		assertThat(Api.anonymous(this.port).get(PATH).status()).isEqualTo(401);
	}

	@Test
	void withoutParametersItCoversTheLastTwelveWeeksByWeek() {
		Response answer = Api.as(this.port, "supervisor1").get(PATH);
		LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
		assertThat(answer.text("interval")).isEqualTo("week");
		LocalDate from = LocalDate.parse(answer.text("from"));
		LocalDate to = LocalDate.parse(answer.text("to"));
		assertThat(from.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
		assertThat(to.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
		assertThat(to).isAfterOrEqualTo(today).isBefore(today.plusDays(7));
		assertThat(from).isEqualTo(to.minusWeeks(12).plusDays(1));
		assertThat(answer.body().get("periods")).hasSize(12);
		assertThat(answer.body().get("periods").get(0).get("period").asString()).isEqualTo(from.toString());
		// the demo history's orders of these weeks are there
		assertThat(answer.body().get("total").get("dispatched").asLong()).isPositive();
	}

	@Test
	void refusesABadDateOrIntervalNamingTheParameter() {
		Api analyst = Api.as(this.port, "analyst1");
		assertRefused(analyst.get(PATH + "?from=2026-13-01"), "'from'");
		assertRefused(analyst.get(PATH + "?to=yesterday"), "'to'");
		assertRefused(analyst.get(PATH + "?interval=year"), "'interval'");
		assertRefused(analyst.get(PATH + "?from=2026-11-20&to=2026-11-10"), "'from'");
		assertRefused(analyst.get(PATH + "?from=2024-01-01&to=2026-01-01&interval=day"), "'interval'");
		assertThat(analyst.get(PATH + "?from=2025-11-01&to=2026-11-30&interval=day").status()).isEqualTo(200);
		Response english = analyst.inLanguage("en").get(PATH + "?interval=year");
		assertThat(english.detail()).isEqualTo("'interval' must be day, week or month, not 'year'");
		assertThat(analyst.get(PATH + "?interval=year").detail())
			.isEqualTo("'interval' 必须为 day、week 或 month，而不是 'year'");
	}

	private static void assertRefused(Response answer, String parameter) {
		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
		assertThat(answer.isProblem()).isTrue();
		assertThat(answer.detail()).contains(parameter);
	}

}
