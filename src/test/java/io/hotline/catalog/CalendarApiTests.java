package io.hotline.catalog;

import io.hotline.support.Api;
import java.time.LocalDate;

import io.hotline.org.Role;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@HotlineTest
class CalendarApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingCalendar calendar;

	@Test
	void listsTheOfficialSpringFestivalHolidaysAndMakeUpDaysOf2026() {
		Api.Response reply = Api.withRole(Role.AGENT, this.port, this.jdbc).get("/api/calendar?year=2026");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body()
			.valueStream()
			.filter((day) -> day.path("name").asString().equals("春节"))
			.map((day) -> day.path("date").asString())).hasSize(9).contains("2026-02-15", "2026-02-23");
		assertThat(reply.body()
			.valueStream()
			.filter((day) -> day.path("kind").asString().equals("WORKDAY"))
			.map((day) -> day.path("date").asString())).contains("2026-02-14", "2026-02-28", "2026-01-04");
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
	}

	@Test
	void letsAnAdministratorDeclareAHolidayThatDeadlinesThenSkip() {
		Api admin = Api.withRole(Role.ADMIN, this.port, this.jdbc);
		LocalDate day = LocalDate.of(2027, 3, 3);
		assertThat(this.calendar.isWorkingDay(day)).isTrue();

		Api.Response marked = admin.put("/api/calendar/2027-03-03", "{\"kind\":\"HOLIDAY\",\"name\":\"台风停工\"}");

		assertThat(marked.status()).isEqualTo(200);
		assertThat(marked.body().path("name").asString()).isEqualTo("台风停工");
		assertThat(this.calendar.isWorkingDay(day)).isFalse();
		assertThat(this.jdbc.sql("select count(*) from audit_log where action = 'calendar.mark' and target = ?")
			.param("2027-03-03")
			.query(Long.class)
			.single()).isEqualTo(1);

		assertThat(admin.delete("/api/calendar/2027-03-03").status()).isEqualTo(204);
		assertThat(this.calendar.isWorkingDay(day)).isTrue();
		assertThat(admin.delete("/api/calendar/2027-03-03").status()).isEqualTo(404);
	}

	@Test
	void refusesBadDatesAndKindsAndCallersWhoAreNotAdministrators() {
		Api admin = Api.withRole(Role.ADMIN, this.port, this.jdbc).inLanguage("en");
		Api.Response badDate = admin.put("/api/calendar/2027-02-30", "{\"kind\":\"HOLIDAY\",\"name\":\"x\"}");
		Api.Response badKind = admin.put("/api/calendar/2027-03-04", "{\"kind\":\"HOLIDAYS\",\"name\":\"x\"}");
		Api.Response notAdmin = Api.withRole(Role.SUPERVISOR, this.port, this.jdbc)
			.put("/api/calendar/2027-03-04", "{\"kind\":\"HOLIDAY\",\"name\":\"x\"}");

		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.detail()).contains("2027-02-30");
		assertThat(badKind.status()).isEqualTo(400);
		assertThat(badKind.detail()).contains("HOLIDAY or WORKDAY");
		assertThat(notAdmin.status()).isEqualTo(403);
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2027, 3, 4))).isTrue();
	}

}
