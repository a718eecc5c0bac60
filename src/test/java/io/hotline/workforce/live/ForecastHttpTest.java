package io.hotline.workforce.live;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.hotline.org.Role;
import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import io.hotline.support.TestClock;
import io.hotline.workforce.roster.web.PublishedRoster;
import io.hotline.workforce.roster.web.RosterSolving;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day's forecast from the platform's own calls of past weeks (posted as the phone
 * system), the actual calls of the day, the staffing curve, the export and the 400s.
 */
@HotlineTest
class ForecastHttpTest {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	PublishedRoster roster;

	@Autowired
	SurgeContacts surge;

	/** A past day of its own, in a queue of its own. */
	private final LocalDate day = LocalDate.of(2019, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(1500));

	private final String queue = "fq-" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void forecastAgainstActualWithTheStaffingCurve() {
		Api phone = Api.withRole(Role.PHONE_SYSTEM, this.port, this.jdbc);
		for (int week = 1; week <= 3; week++) {
			calls(phone, this.day.minusWeeks(week), "09:00", 4);
			calls(phone, this.day.minusWeeks(week), "09:30", 2);
		}
		calls(phone, this.day, "09:00", 5);
		Response response = Api.as(this.port, "supervisor1")
			.get("/api/workforce/forecast?date=" + this.day + "&minutes=30&queue=" + this.queue);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		JsonNode body = response.body();
		assertThat(body.get("explanation").isNull()).isTrue();
		assertThat(body.get("method").asText()).isNotBlank();
		JsonNode rows = body.get("rows");
		assertThat(rows.size()).isEqualTo(48);
		JsonNode nine = rows.get(18);
		JsonNode half = rows.get(19);
		assertThat(nine.get("start").asText()).isEqualTo(this.day + "T09:00:00");
		assertThat(nine.get("actual").asInt()).isEqualTo(5);
		assertThat(half.get("actual").asInt()).isZero();
		assertThat(nine.get("forecast").asDouble()).isGreaterThan(half.get("forecast").asDouble());
		assertThat(half.get("forecast").asDouble()).isGreaterThan(0);
		assertThat(rows.get(6).get("forecast").asDouble()).isZero();
		assertThat(rows.get(6).get("agents").asInt()).isZero();
		assertThat(nine.get("agents").asInt()).isPositive();
		assertThat(nine.get("scheduled").asInt()).isGreaterThanOrEqualTo(nine.get("agents").asInt());
		// the staffing curve rises and falls with the forecast
		List<double[]> curve = new ArrayList<>();
		rows.forEach((row) -> curve.add(new double[] { row.get("forecast").asDouble(), row.get("agents").asInt() }));
		for (double[] a : curve) {
			for (double[] b : curve) {
				if (a[0] > b[0]) {
					assertThat(a[1]).isGreaterThanOrEqualTo(b[1]);
				}
			}
		}
		// a past day: no re-forecast
		assertThat(nine.get("reforecast").isNull()).isTrue();
		Api.Download csv = Api.as(this.port, "supervisor1")
			.download("/api/workforce/forecast/export?date=" + this.day + "&minutes=30&queue=" + this.queue);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.text()).contains("interval_start,forecast,actual,reforecast,agents,scheduled")
			.contains(this.day + "T09:00,");
	}

	@Test
	void anEmptyHistoryIsExplainedAndWrongInputIsA400() {
		Api supervisor = Api.as(this.port, "supervisor1");
		Response empty = supervisor.get("/api/workforce/forecast?date=" + this.day + "&queue=none-" + this.queue);
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body().get("explanation").asText()).contains("8");
		assertThat(empty.body().get("rows").get(0).get("forecast").isNull()).isTrue();
		Response minutes = supervisor.get("/api/workforce/forecast?date=" + this.day + "&minutes=20");
		assertThat(minutes.status()).isEqualTo(400);
		assertThat(minutes.detail()).contains("20");
		Response date = supervisor.inLanguage("en").get("/api/workforce/forecast?date=2026-13-01");
		assertThat(date.status()).isEqualTo(400);
		assertThat(date.detail()).contains("2026-13-01");
		assertThat(supervisor.get("/api/workforce/forecast").status()).isEqualTo(400);
		assertThat(Api.as(this.port, "agent1").get("/api/workforce/forecast?date=" + this.day).status()).isEqualTo(403);
	}

	@Test
	void theWallboardAlertsWhenTheDayRunsAboveItsForecast() {
		LocalDateTime now = LocalDateTime.now(this.clock.withZone(BEIJING));
		Duration moved = (now.toLocalTime().isBefore(LocalTime.of(1, 0))) ? Duration.ofHours(2) : Duration.ZERO;
		this.clock.advance(moved);
		try {
			LocalDateTime earlier = LocalDateTime.now(this.clock.withZone(BEIJING)).minusMinutes(40);
			String time = earlier.toLocalTime().withSecond(0).withNano(0).toString();
			Api phone = Api.withRole(Role.PHONE_SYSTEM, this.port, this.jdbc);
			for (int week = 1; week <= 3; week++) {
				calls(phone, earlier.toLocalDate().minusWeeks(week), time, 2);
			}
			calls(phone, earlier.toLocalDate(), time, 8);
			Response wallboard = Api.as(this.port, "supervisor1").get("/api/cti/wallboard?queue=" + this.queue);
			assertThat(wallboard.status()).as(wallboard.body().toString()).isEqualTo(200);
			JsonNode forecast = wallboard.body().get("forecast");
			assertThat(forecast.get("offeredSoFar").asInt()).isEqualTo(8);
			assertThat(forecast.get("forecastSoFar").asDouble()).isBetween(1.0, 3.0);
			assertThat(forecast.get("ratio").asDouble()).isGreaterThan(2.5);
			List<String> alerts = new ArrayList<>();
			wallboard.body().get("alerts").forEach((alert) -> alerts.add(alert.get("kind").asText()));
			assertThat(alerts).contains("ABOVE_FORECAST");
		}
		finally {
			this.clock.advance(moved.negated());
		}
	}

	/**
	 * The surge trigger's figures: the last 15 minutes' calls against the forecast of the
	 * same 15 minutes (three past weeks of 2 calls at that time, today 8).
	 */
	@Test
	void theSurgeTriggerSeesTheLastMinutesCallsAgainstTheirForecast() {
		LocalDateTime now = LocalDateTime.now(this.clock.withZone(BEIJING));
		Duration moved = (now.toLocalTime().isBefore(LocalTime.of(1, 0))) ? Duration.ofHours(2) : Duration.ZERO;
		this.clock.advance(moved);
		try {
			LocalDateTime at = LocalDateTime.now(this.clock.withZone(BEIJING)).minusMinutes(9);
			String time = at.toLocalTime().withSecond(0).withNano(0).toString();
			Api phone = Api.withRole(Role.PHONE_SYSTEM, this.port, this.jdbc);
			for (int week = 1; week <= 3; week++) {
				calls(phone, at.toLocalDate().minusWeeks(week), time, 2);
			}
			calls(phone, at.toLocalDate(), time, 8);
			java.time.Instant to = this.clock.instant();
			var window = this.surge.window(to.minus(Duration.ofMinutes(15)), to, this.queue).orElseThrow();
			assertThat(window.offered()).isEqualTo(8);
			assertThat(window.forecast()).as("2 calls a day at that time, in the window's share of its intervals")
				.isBetween(0.5, 2.5);
			assertThat(this.surge.window(to.minus(Duration.ofMinutes(15)), to, "no-such-queue-" + this.queue))
				.as("no history: no forecast")
				.isEmpty();
		}
		finally {
			this.clock.advance(moved.negated());
		}
	}

	@Test
	void adherenceReadsWhoIsOnAPublishedShift() {
		String month = (2040 + ThreadLocalRandom.current().nextInt(50)) + "-03";
		Api admin = Api.as(this.port, "admin");
		String agent = "wfl-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("""
				insert into app_user (username, password_hash, display_name, roles)
				values (?, '{noop}secret', ?, cast('{AGENT}' as varchar(24)[]))""").params(agent, agent).update();
		assertThat(
				admin.put("/api/workforce/profiles/" + agent, Map.of("group", "一组", "skills", List.of("普通话"))).status())
			.isEqualTo(200);
		List<Map<String, Object>> demand = new ArrayList<>();
		for (int day = 0; day < 31; day++) {
			for (int slot = 0; slot < 24; slot++) {
				demand.add(Map.of("start",
						LocalDate.parse(month + "-01").atTime(8, 0).plusDays(day).plusMinutes(30L * slot).toString(),
						"required", 1));
			}
		}
		Response solved = RosterSolving.solved(admin, Map.of("month", month, "seconds", 1, "demand", demand));
		assertThat(solved.status()).as(solved.body().toString()).isEqualTo(200);
		assertThat(this.roster.onShiftAt(LocalDate.parse(month + "-10").atTime(12, 0))).isEmpty();
		assertThat(admin.post("/api/workforce/rosters/" + solved.id() + "/publish", Map.of()).status()).isEqualTo(200);
		JsonNode first = solved.body().get("assignments").get(0);
		JsonNode shift = null;
		for (JsonNode s : solved.body().get("shifts")) {
			if (s.get("code").asText().equals(first.get("shift").asText())) {
				shift = s;
			}
		}
		LocalDateTime during = LocalDate.parse(first.get("day").asText())
			.atTime(java.time.LocalTime.parse(shift.get("start").asText()))
			.plusMinutes(30);
		assertThat(this.roster.onShiftAt(during)).contains(first.get("agent").asText());
	}

	private void calls(Api phone, LocalDate date, String time, int count) {
		LocalDateTime start = LocalDateTime.parse(date + "T" + time);
		for (int i = 0; i < count; i++) {
			String call = "pbx-" + UUID.randomUUID();
			LocalDateTime at = start.plusMinutes(i);
			post(phone, event(call, "QUEUED", at, null));
			post(phone, event(call, "ANSWERED", at.plusSeconds(10), "fa-1"));
			post(phone, event(call, "HUNG_UP", at.plusSeconds(190), null));
		}
	}

	private static void post(Api phone, Map<String, Object> event) {
		Response response = phone.post("/api/cti/events", event);
		assertThat(response.status()).as(event + " " + response.body()).isEqualTo(200);
	}

	private Map<String, Object> event(String call, String type, LocalDateTime at, String agent) {
		Map<String, Object> event = new HashMap<>();
		event.put("callId", call);
		event.put("event", type);
		event.put("at", at.atZone(BEIJING).toOffsetDateTime().toString());
		if ("QUEUED".equals(type)) {
			event.put("queue", this.queue);
			event.put("callee", "12345");
			event.put("caller", "13800138000");
		}
		if (agent != null) {
			event.put("agent", agent);
		}
		return event;
	}

}
