package io.hotline.workforce.surge;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.hotline.org.Role;
import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import io.hotline.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The surge measures and the callback queue over HTTP: administrators set the measures,
 * supervisors read them; callbacks go out in the order the callers entered the queue, two
 * agents never take the same, one not reached keeps its place for its retry; phone
 * numbers are masked for supervisors; wrong input is refused naming the field.
 */
@HotlineTest
class SurgeHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@BeforeEach
	void emptyQueue() {
		// only this class uses the callback queue: close what earlier tests left
		this.jdbc.sql("update surge_callback set status = 'UNREACHED', done_at = now() where status <> 'REACHED'")
			.update();
		assertThat(Api.as(this.port, "admin").put("/api/workforce/surge/measures", measures(true, 1.5)).status())
			.isEqualTo(200);
	}

	@AfterEach
	void back() {
		this.clock.reset();
		Api.as(this.port, "admin").put("/api/workforce/surge/measures", measures(false, 1.5));
	}

	@Test
	void administratorsSetTheMeasuresSupervisorsReadThemAndWrongValuesNameTheirField() {
		Api admin = Api.as(this.port, "admin");
		Api supervisor = Api.as(this.port, "supervisor1");
		Response set = admin.put("/api/workforce/surge/measures", measures(true, 2.0));
		assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
		JsonNode read = supervisor.get("/api/workforce/surge/measures").body();
		assertThat(read.get("trigger").get("factor").asDouble()).isEqualTo(2.0);
		assertThat(read.get("cloudSeats").get("seats").asInt()).isEqualTo(180);
		assertThat(read.get("overflow").get("partners").asString()).isEqualTo("无锡12345、南通12345");
		assertThat(read.get("updatedBy").asString()).isEqualTo("admin");
		assertThat(this.jdbc.sql("select count(*) from audit_log where action = 'surge.measures' and actor = 'admin'")
			.query(Long.class)
			.single()).isPositive();
		assertThat(supervisor.put("/api/workforce/surge/measures", measures(true, 3.0)).status()).isEqualTo(403);
		assertThat(Api.as(this.port, "analyst1").get("/api/workforce/surge/measures").status()).isEqualTo(403);

		Response wrong = admin.put("/api/workforce/surge/measures", measures(true, 0.5));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.detail()).contains("启动条件的倍数").contains("0.5");
		assertThat(wrong.text("field")).isEqualTo("trigger.factor");
		assertThat(admin.inLanguage("en").put("/api/workforce/surge/measures", measures(true, 0.5)).detail())
			.contains("The trigger's factor");
		Map<String, Object> noShare = measures(true, 1.5);
		noShare.put("deflection", Map.of("on", true, "topic", "台风", "share", 1.5));
		assertThat(admin.put("/api/workforce/surge/measures", noShare).text("field")).isEqualTo("deflection.share");
		assertThat(supervisor.get("/api/workforce/surge/measures").body().get("trigger").get("factor").asDouble())
			.as("a refused change loses nothing stored")
			.isEqualTo(2.0);

		JsonNode status = supervisor.get("/api/workforce/surge/status").body();
		// the state the last scheduled check stored (SurgeScheduleTests): on exactly when
		// its figures fired its trigger; off without figures (never checked, or no
		// forecast)
		if (status.get("offered").isNull()) {
			assertThat(status.get("on").asBoolean()).isFalse();
		}
		else {
			assertThat(status.get("on").asBoolean()).isEqualTo(
					status.get("offered").asLong() > status.get("factor").asDouble() * status.get("forecast").asDouble()
							&& status.get("forecast").asDouble() > 0);
		}
		assertThat(status.get("measures").toString()).contains("callbackQueue");
	}

	@Test
	void callbacksGoOutInTheOrderCallersEnteredTheQueueAndARetryKeepsItsPlace() {
		Api phone = Api.withRole(Role.PHONE_SYSTEM, this.port, this.jdbc);
		Instant now = this.clock.instant();
		long later = left(phone, "13800000001", now.minus(Duration.ofMinutes(5)));
		long earlier = left(phone, "13800000002", now.minus(Duration.ofMinutes(9)));
		Api agent = Api.as(this.port, "agent1");
		Api other = Api.withRole(Role.AGENT, this.port, this.jdbc);
		Response first = agent.post("/api/workforce/callbacks/next", Map.of());
		assertThat(first.status()).as(String.valueOf(first.body())).isEqualTo(200);
		assertThat(first.id()).as("the number left later, by the caller who entered the queue first")
			.isEqualTo(earlier);
		assertThat(first.text("phone")).isEqualTo("13800000002");
		assertThat(first.text("status")).isEqualTo("CALLING");
		assertThat(agent.post("/api/workforce/callbacks/next", Map.of()).status()).as("one in hand at a time")
			.isEqualTo(409);
		assertThat(
				other.post("/api/workforce/callbacks/" + earlier + "/outcome", Map.of("outcome", "REACHED")).status())
			.isEqualTo(409);

		Response notReached = agent.post("/api/workforce/callbacks/" + earlier + "/outcome",
				Map.of("outcome", "NOT_REACHED"));
		assertThat(notReached.text("status")).isEqualTo("WAITING");
		assertThat(other.post("/api/workforce/callbacks/next", Map.of()).id()).isEqualTo(later);
		other.post("/api/workforce/callbacks/" + later + "/outcome", Map.of("outcome", "REACHED"));
		long newest = left(phone, "13800000003", now.minus(Duration.ofMinutes(1)));
		assertThat(agent.post("/api/workforce/callbacks/next", Map.of()).id()).as("the retry is not due yet")
			.isEqualTo(newest);
		agent.post("/api/workforce/callbacks/" + newest + "/outcome", Map.of("outcome", "REACHED"));
		long newer = left(phone, "13800000004", now);
		this.clock.advance(Duration.ofMinutes(31));
		Response retry = agent.post("/api/workforce/callbacks/next", Map.of());
		assertThat(retry.id()).as("the retry goes before callers who entered the queue after it").isEqualTo(earlier);
		assertThat(retry.body().get("tries").asInt()).isEqualTo(2);
		assertThat(newer).isNotEqualTo(earlier);

		// late: made after the promised time (4 hours after entering the queue)
		agent.post("/api/workforce/callbacks/" + earlier + "/outcome", Map.of("outcome", "REACHED"));
		this.clock.advance(Duration.ofHours(4));
		JsonNode open = agent.get("/api/workforce/callbacks").body();
		assertThat(open).hasSize(1);
		assertThat(open.get(0).get("id").asLong()).isEqualTo(newer);
		assertThat(open.get(0).get("late").asBoolean()).isTrue();
		assertThat(this.jdbc.sql("select count(*) from audit_log where target = ? and action like 'surge.callback.%'")
			.param("surge-callback:" + earlier)
			.query(Long.class)
			.single()).isEqualTo(5);
	}

	@Test
	void twoAgentsTakingAtOnceNeverGetTheSameCallback() throws Exception {
		Api phone = Api.withRole(Role.PHONE_SYSTEM, this.port, this.jdbc);
		Instant now = this.clock.instant();
		Set<Long> left = new HashSet<>();
		for (int i = 0; i < 24; i++) {
			left.add(left(phone, "139000000" + (10 + i), now.minusSeconds(600 - i)));
		}
		List<Api> agents = List.of(Api.withRole(Role.AGENT, this.port, this.jdbc),
				Api.withRole(Role.AGENT, this.port, this.jdbc), Api.withRole(Role.AGENT, this.port, this.jdbc));
		ConcurrentLinkedQueue<Long> taken = new ConcurrentLinkedQueue<>();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(agents.size());
		List<Future<?>> runs = new ArrayList<>();
		for (Api agent : agents) {
			runs.add(pool.submit(() -> {
				start.await();
				Response next = agent.post("/api/workforce/callbacks/next", Map.of());
				while (next.status() == 200) {
					taken.add(next.id());
					agent.post("/api/workforce/callbacks/" + next.id() + "/outcome", Map.of("outcome", "REACHED"));
					next = agent.post("/api/workforce/callbacks/next", Map.of());
				}
				assertThat(next.status()).isEqualTo(204);
				return null;
			}));
		}
		start.countDown();
		for (Future<?> run : runs) {
			run.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();
		assertThat(taken).hasSize(left.size()).doesNotHaveDuplicates();
		assertThat(new HashSet<>(taken)).isEqualTo(left);
	}

	@Test
	void numbersAreMaskedForSupervisorsAndWrongInputIsRefused() {
		Api phone = Api.withRole(Role.PHONE_SYSTEM, this.port, this.jdbc);
		long id = left(phone, "13812345678", this.clock.instant());
		JsonNode supervisorView = Api.as(this.port, "supervisor1").get("/api/workforce/callbacks").body();
		assertThat(supervisorView.get(0).get("id").asLong()).isEqualTo(id);
		assertThat(supervisorView.get(0).get("phone").asString()).isEqualTo("138****5678");
		assertThat(Api.as(this.port, "agent1").get("/api/workforce/callbacks").body().get(0).get("phone").asString())
			.isEqualTo("13812345678");
		assertThat(Api.as(this.port, "analyst1").get("/api/workforce/callbacks").status()).isEqualTo(403);
		assertThat(Api.as(this.port, "supervisor1").post("/api/workforce/callbacks/next", Map.of()).status())
			.isEqualTo(403);

		Response noPhone = phone.post("/api/workforce/callbacks", Map.of("queuedAt", "2026-03-01T09:30:00+08:00"));
		assertThat(noPhone.status()).isEqualTo(400);
		assertThat(noPhone.detail()).contains("电话号码");
		assertThat(phone
			.post("/api/workforce/callbacks", Map.of("phone", "call me", "queuedAt", "2026-03-01T09:30:00+08:00"))
			.detail()).contains("电话号码").contains("call me");
		assertThat(phone.post("/api/workforce/callbacks", Map.of("phone", "13812345678")).detail())
			.contains("queuedAt");
		assertThat(phone.post("/api/workforce/callbacks", Map.of("phone", "13812345678", "queuedAt", "yesterday"))
			.detail()).contains("yesterday");
		assertThat(
				phone
					.post("/api/workforce/callbacks",
							Map.of("phone", "13812345678", "queuedAt",
									this.clock.instant().plusSeconds(3600).toString()))
					.status())
			.isEqualTo(400);
		assertThat(Api.as(this.port, "agent1")
			.post("/api/workforce/callbacks",
					Map.of("phone", "13812345678", "queuedAt", this.clock.instant().toString()))
			.status()).isEqualTo(403);
		Api agent = Api.as(this.port, "agent1");
		assertThat(agent.post("/api/workforce/callbacks/999999999/outcome", Map.of("outcome", "REACHED")).status())
			.isEqualTo(404);
		assertThat(agent.post("/api/workforce/callbacks/" + id + "/outcome", Map.of("outcome", "MAYBE")).status())
			.isEqualTo(400);
		assertThat(agent.post("/api/workforce/callbacks/" + id + "/outcome", Map.of("outcome", "REACHED")).status())
			.as("not taken yet")
			.isEqualTo(409);

		Api.as(this.port, "admin").put("/api/workforce/surge/measures", measures(false, 1.5));
		Response off = phone.post("/api/workforce/callbacks",
				Map.of("phone", "13812345678", "queuedAt", this.clock.instant().toString()));
		assertThat(off.status()).isEqualTo(409);
		assertThat(off.detail()).contains("回呼队列未开启");
	}

	private long left(Api phone, String number, Instant queuedAt) {
		Response left = phone.post("/api/workforce/callbacks",
				Map.of("callId", "surge-" + number, "phone", number, "queuedAt", queuedAt.toString()));
		assertThat(left.status()).as(String.valueOf(left.body())).isEqualTo(200);
		assertThat(left.text("status")).isEqualTo("WAITING");
		return left.id();
	}

	static Map<String, Object> measures(boolean on, double factor) {
		Map<String, Object> m = new HashMap<>();
		m.put("trigger", Map.of("factor", factor, "minutes", 15));
		m.put("callbackQueue", Map.of("on", on, "promiseMinutes", 240, "retryMinutes", 30, "maxTries", 3));
		m.put("deflection", Map.of("on", on, "topic", "台风停电", "share", 0.25));
		m.put("cloudSeats", Map.of("on", on, "seats", 180, "afterMinutes", 30, "hours", 10));
		m.put("overflow", Map.of("on", on, "partners", "无锡12345、南通12345", "agents", 84, "share", 0.3));
		return m;
	}

}
