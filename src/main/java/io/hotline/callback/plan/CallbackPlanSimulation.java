package io.hotline.callback.plan;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 20's measure: a realistic mix of orders (help, complaints, consultations,
 * reports, suggestions; some replies promising a time) registered, dispatched and replied
 * over HTTP, planned by the durable reaction, sent by the send job and answered by
 * simulated citizens — on the robot most answer, some are not understood twice, some are
 * dissatisfied or complain, some never pick up; by SMS most rate on the portal, the rest
 * are called by the robot after the wait — while the people of the callback queue do what
 * was handed to them. The clock is moved to the callback hours of later working days.
 * Used by {@code benchmark-callback-plans} and by its test.
 */
public final class CallbackPlanSimulation {

	private static final String[] TYPES = { "HELP", "HELP", "HELP", "HELP", "COMPLAINT", "COMPLAINT", "CONSULTATION",
			"CONSULTATION", "REPORT", "SUGGESTION" };

	private static final String[] REPLIES = { "经核查已安排维修，承诺3日内修复。", "已现场处置完毕，问题已解决。", "已电话答复市民，告知办理流程。",
			"已责令相关单位整改，承诺5个工作日内完成整改。" };

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	private final String password;

	private final String phoneSystem;

	private final JdbcClient jdbc;

	private final PlanSending sending;

	private final PlanTiming timing;

	private final Clock clock;

	private final Consumer<Duration> advance;

	/**
	 * @param phoneSystem the {@code user:password} that posts the robot's answers (a
	 * PHONE_SYSTEM user, or the administrator)
	 * @param advance moves the platform's clock forward
	 */
	CallbackPlanSimulation(int port, String password, String phoneSystem, JdbcClient jdbc, PlanSending sending,
			PlanTiming timing, Clock clock, Consumer<Duration> advance) {
		this.base = "http://127.0.0.1:" + port;
		this.password = password;
		this.phoneSystem = phoneSystem;
		this.jdbc = jdbc;
		this.sending = sending;
		this.timing = timing;
		this.clock = clock;
		this.advance = advance;
	}

	/** What a run measured. */
	public record Result(int orders, long plans, long surveyed, long handedOver, long byRule, double plansPerSecond,
			double sentPerSecond, double answersPerSecond) {

		public double surveyedShare() {
			return (this.plans == 0) ? 0 : (double) this.surveyed / this.plans;
		}

		public double handedShare() {
			return (this.plans == 0) ? 0 : (double) (this.handedOver + this.byRule) / this.plans;
		}

		@Override
		public String toString() {
			return String.format(
					"callback plans (issue 20): %d orders replied, %d plans, surveyed %.1f %%, handed to a person "
							+ "%.1f %% (of which by rule %d), planned %.1f plans/s (reply to plan over HTTP), "
							+ "send job %.0f plans/s, robot answers %.0f/s",
					this.orders, this.plans, 100 * surveyedShare(), 100 * handedShare(), this.byRule,
					this.plansPerSecond, this.sentPerSecond, this.answersPerSecond);
		}

	}

	/** Runs the measure over so many new orders. */
	public Result run(int count) throws IOException, InterruptedException {
		Random random = new Random(20);
		String tag = "测量" + UUID.randomUUID().toString().substring(0, 8);
		long unit = this.jdbc.sql("select id from handling_unit where code = 'DEMO-UNIT-1'").query(Long.class).single();
		long started = System.nanoTime();
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			numbers.add(replied(unit, TYPES[random.nextInt(TYPES.length)], tag + " 第" + i + "件",
					REPLIES[random.nextInt(REPLIES.length)]));
		}
		String[] orders = numbers.toArray(new String[0]);
		awaitPlans(orders);
		double planning = (System.nanoTime() - started) / 1e9;
		long sendNanos = 0;
		int sent = 0;
		int answers = 0;
		long answerNanos = 0;
		for (int round = 0; round < 12; round++) {
			advanceToCallable(Duration.ofHours((round == 0) ? 0 : 3));
			if (round == 0) {
				Instant latest = this.jdbc.sql("select max(due_at) from callback_plan where order_number = any (?)")
					.param(orders)
					.query(Timestamp.class)
					.single()
					.toInstant();
				this.advance.accept(Duration.between(this.clock.instant(), latest.plus(Duration.ofMinutes(10))));
			}
			long t = System.nanoTime();
			sent += this.sending.sendDue();
			sendNanos += System.nanoTime() - t;
			for (long[] plan : plans(orders, "CALLING")) {
				int kind = Math.floorMod(Long.hashCode(plan[0] * 2654435761L), 100);
				long a = System.nanoTime();
				if (kind < 6) {
					// never picks up
					expect(post(this.phoneSystem, "/api/callback/plans/" + plan[0] + "/not-reached", Map.of()), 200);
				}
				else {
					answers += drive(plan[0], kind);
				}
				answerNanos += System.nanoTime() - a;
			}
			for (long[] plan : plans(orders, "SENT")) {
				if (Math.floorMod(Long.hashCode(plan[0] * 40503L), 100) < 75) {
					rate(plan[0]);
				}
			}
			for (long[] plan : plans(orders, "HANDED_OVER")) {
				// the callback staff take it from the queue
				if ("REPLIED".equals(get(user("callback1"), "/api/orders/" + plan[1]).path("status").asString())) {
					post(user("callback1"), "/api/orders/" + plan[1] + "/callback",
							Map.of("satisfaction", "BASICALLY_SATISFIED", "resolved", true));
				}
			}
			Thread.sleep(300);
		}
		long handed = this.jdbc.sql("""
				select count(distinct plan_id) from callback_plan_step s join callback_plan p on p.id = s.plan_id
				where s.text like '转人工回访%' and p.order_number = any (?)""").param(orders).query(Long.class).single();
		long plans = count(orders, "true");
		return new Result(count, plans, count(orders, PlanFilter.SURVEYED), handed,
				count(orders, "p.channel = 'PERSON'"), plans / planning, sent / (sendNanos / 1e9),
				answers / (answerNanos / 1e9));
	}

	/**
	 * The citizen answers by kind: most happily, some unclear, some dissatisfied, some
	 * complain.
	 */
	private int drive(long id, int kind) throws IOException, InterruptedException {
		int n = 0;
		for (int step = 0; step < 6; step++) {
			JsonNode plan = get(this.phoneSystem, "/api/callback/plans/" + id);
			if (!"CALLING".equals(plan.path("status").asString())) {
				return n;
			}
			Map<String, Object> said = (kind < 12) ? Map.of("text", "喂？什么")
					: (kind < 20) ? Map.of("digit", "3") : (kind < 24) ? Map.of("text", "我还要投诉")
							: (kind < 40) ? Map.of("text", "满意，已经解决了") : Map.of("digit", "1");
			expect(post(this.phoneSystem, "/api/callback/plans/" + id + "/answers", said), 200);
			n++;
		}
		return n;
	}

	private void rate(long plan) throws IOException, InterruptedException {
		String link = this.jdbc.sql("select link from callback_message where plan_id = ? order by id desc limit 1")
			.param(plan)
			.query(String.class)
			.single();
		String token = link.substring(link.lastIndexOf('/') + 1);
		HttpResponse<String> rated = post(null, "/api/public/orders/" + token + "/rating",
				Map.of("satisfaction", "SATISFIED"));
		if (rated.statusCode() >= 300) {
			throw new IllegalStateException("rating refused: " + rated.body());
		}
	}

	/**
	 * An order of this type and title by phone from a new number, replied by the demo's
	 * unit 1.
	 */
	private String replied(long unit, String type, String title, String reply)
			throws IOException, InterruptedException {
		String phone = "139" + String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000));
		HttpResponse<String> created = expect(
				post(user("agent1"), "/api/orders", Map.of("channel", "PHONE", "type", type, "title", title, "content",
						title + "，请尽快处理 " + UUID.randomUUID(), "caller", Map.of("phone", phone))),
				201);
		JsonNode order = this.json.readTree(created.body());
		long id = order.get("id").asLong();
		expect(post(user("dispatcher1"), "/api/orders/" + id + "/dispatch", Map.of("unitIds", List.of(unit))), 200);
		expect(post(user("unit1"), "/api/orders/" + id + "/sign", Map.of()), 200);
		expect(post(user("unit1"), "/api/orders/" + id + "/reply", Map.of("content", reply, "resolved", true)), 200);
		return order.get("number").asString();
	}

	private void advanceToCallable(Duration by) {
		this.advance.accept(by);
		while (!this.timing.callableAt(this.clock.instant())) {
			this.advance.accept(Duration.ofHours(1));
		}
	}

	private List<long[]> plans(String[] orders, String status) {
		return this.jdbc.sql("select id, order_id from callback_plan where status = ? and order_number = any (?)")
			.params(status, orders)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
	}

	private long count(String[] orders, String condition) {
		return this.jdbc.sql("select count(*) from callback_plan p where p.order_number = any (?) and " + condition)
			.param(orders)
			.query(Long.class)
			.single();
	}

	private void awaitPlans(String[] orders) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (count(orders, "true") < orders.length && System.nanoTime() < until) {
			Thread.sleep(100);
		}
	}

	private String user(String name) {
		return name + ":" + this.password;
	}

	private JsonNode get(String user, String path) throws IOException, InterruptedException {
		HttpResponse<String> answer = this.http.send(request(user, path).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return this.json.readTree(expect(answer, 200).body());
	}

	private HttpResponse<String> post(String user, String path, Object body) throws IOException, InterruptedException {
		return this.http.send(request(user, path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder request(String user, String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path));
		return (user == null) ? builder : builder.header("Authorization",
				"Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
	}

	private static HttpResponse<String> expect(HttpResponse<String> answer, int status) {
		if (answer.statusCode() != status) {
			throw new IllegalStateException(answer.request().method() + " " + answer.request().uri() + " answered "
					+ answer.statusCode() + ": " + answer.body());
		}
		return answer;
	}

}
