package io.hotline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.hotline.benchmark.NginxProxy;
import io.hotline.support.Api;
import io.hotline.support.IntakeLoad;
import io.hotline.support.IntakeLoad.Attempt;
import io.hotline.support.IntakeLoad.Order;
import io.hotline.support.PlatformProcess;
import io.hotline.support.ReplicatedPostgres;
import io.hotline.support.WorkstationSession;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster of issue 18 as an operator runs it (docs/deployment.md): nginx in front of
 * three instances of the packaged platform on a primary PostgreSQL and its synchronous
 * standby (multi-host URL, {@code targetServerType=primary}). Clients register orders
 * through nginx at a bounded pace; one instance is killed ({@code kill -9}) and started
 * again under that load, then the primary is stopped as by a crash and the standby
 * promoted. Afterwards: every order acknowledged is stored once (RPO 0), every reaction
 * to its events happened exactly once, the supervision run (a scheduled job that must run
 * once in the cluster) ran once per period, a user signed in at the killed instance went
 * on through another, and clients saw errors only where they must: the requests in flight
 * on the killed instance and those of the failover window. Automatic dispatch is on (a
 * dispatch model trained by the first instance from a small demo history, a threshold set
 * through one instance and followed by the others): every order of its kind in the load
 * is dispatched automatically exactly once. Not part of {@code verify}:
 * {@code ./mvnw -B -Pcluster failsafe:integration-test failsafe:verify} after a build
 * (.ci/run).
 */
class ClusterIT {

	private static final int INSTANCES = 3;

	private static final int CLIENTS = 4;

	/** Each client's pause between two orders: about 20 orders a second in all. */
	private static final long PACE_MILLIS = 150;

	/** How long the load runs between two steps of the test. */
	private static final Duration STEP = Duration.ofSeconds(10);

	/** The operator's (or Patroni's) time to notice the dead primary and promote. */
	private static final long DETECTION_MILLIS = 2_000;

	/**
	 * The supervision run's period here (five minutes in production); its lock is held at
	 * least 90 % of it.
	 */
	private static final long SUPERVISION_MILLIS = 15_000;

	/** Three matters, each in one place: many callers about each, a collective case. */
	private static final List<String[]> MATTERS = List.of(
			new String[] { "海珠区江南大道中99号金沙洲花园", "金沙洲花园停水三天", "金沙洲花园小区连续停水三天，事先没有任何通知，高层住户洗漱做饭都成问题，自来水公司电话打不通" },
			new String[] { "越秀区梅花村杉木栏路18号翠竹苑", "翠竹苑污水井盖破损", "翠竹苑小区北门外的污水井盖破损，污水漫到人行道上，散发恶臭，已经一个星期没人来修" },
			new String[] { "天河区石牌街道华景社区", "华景社区路灯不亮", "华景社区东侧道路的路灯全部不亮，晚上一片漆黑，物业说不归他们管" });

	/**
	 * A sudden matter: many callers at once, at every instance, before any instance has
	 * seen the others' orders (they follow each other every 500 ms).
	 */
	private static final String[] BURST = { "番禺区市桥街道", "市桥街道燃气管道爆裂停气", "市桥街道主路燃气管道被施工挖断，整条街停气，饭店和居民都没法做饭，施工队说不归他们管" };

	/** How many callers the sudden matter has: all at once. */
	private static final int BURST_CALLERS = 12;

	/** An emergency (linkage rule GAS): an EMERGENCY flag and a FLAGGED case. */
	private static final String GAS = "家里楼道闻到很浓的煤气味，怀疑燃气泄漏，请马上派人来处理";

	/**
	 * A risk (linkage rule SELF_HARM): a RISK flag, the order marked 督办 by the linkage,
	 * and a FLAGGED case.
	 */
	private static final String RISK = "公司拖欠工资半年一直不发，再不解决我真的活不下去了";

	/**
	 * Closed orders of the demo's history for the dispatch model (trained once, by the
	 * first instance, at its start); the checks read only the orders registered after
	 * them.
	 */
	private static final int HISTORY_ORDERS = 300;

	/**
	 * Matters that the model dispatches confidently once its category is given (one is
	 * chosen: the first whose first suggestion is at least {@link #CONFIDENT}): every
	 * tenth order of the load is about it, each from a caller of its own, and is
	 * dispatched automatically.
	 */
	private static final List<String[]> AUTOMATIC = List.of(
			new String[] { "广州市越秀区北京街道", "我家楼下的下水道堵塞，污水漫到路面，臭味很大，请尽快疏通" },
			new String[] { "广州市天河区石牌街道", "小区旁边的工地夜间施工噪音很大，凌晨两点还在打桩，严重影响休息" },
			new String[] { "广州市海珠区江南中街道", "路边的垃圾桶满了好几天没人清运，苍蝇很多，臭气熏天" });

	private static final double CONFIDENT = 0.55;

	private final List<Instance> instances = new ArrayList<>();

	/** The orders of the history: the checks read those after it. */
	private long history;

	/** The automatic matter chosen: address, text, category. */
	private volatile String[] automatic;

	@Test
	void carriesOnThroughAKilledInstanceAndAFailoverWithEveryOrderAndReactionOnce() throws Exception {
		long began = System.nanoTime();
		Path dir = Files.createTempDirectory(Path.of("target"), "cluster-");
		boolean passed = false;
		try (ReplicatedPostgres database = ReplicatedPostgres.start(dir.resolve("db"))) {
			for (int i = 1; i <= INSTANCES; i++) {
				Instance instance = new Instance(dir.resolve("instance-" + i), PlatformProcess.freePort(),
						database.jdbcUrl());
				long starting = System.nanoTime();
				instance.start();
				this.instances.add(instance);
				System.out.printf("Cluster: instance %d (port %d) started in %d s%n", i, instance.port,
						seconds(System.nanoTime() - starting));
			}
			try (NginxProxy nginx = NginxProxy.start(NginxProxy.find(Optional.empty()),
					this.instances.stream().map((i) -> i.port).toList(), dir.resolve("nginx"))) {
				try (Connection db = connect(database.primaryPort())) {
					this.history = count(db, "select coalesce(max(id), 0) from work_order");
				}
				automaticDispatchOn();
				run(database, nginx, began);
			}
			passed = true;
		}
		finally {
			for (Instance instance : this.instances) {
				instance.kill();
			}
			if (passed) {
				FileSystemUtils.deleteRecursively(dir);
			}
			else {
				System.out.println("Cluster: the instances' and nginx's logs are kept in " + dir);
			}
		}
	}

	private void run(ReplicatedPostgres database, NginxProxy nginx, long began) throws Exception {
		WorkstationSession user = WorkstationSession.signIn(nginx.port(), "agent1", "demo");
		Instance signedInAt = this.instances.stream()
			.filter((i) -> user.signedInAt().endsWith(":" + i.port))
			.findFirst()
			.orElseThrow(() -> new AssertionError("signed in at " + user.signedInAt()));
		long loadStarted = System.nanoTime();
		IntakeLoad load = IntakeLoad.start(nginx.port(), CLIENTS, PACE_MILLIS, this::order);
		Map<String, Long> acknowledged;
		long killed;
		long dead;
		long restarted;
		long stopped;
		long promoted;
		try {
			load.awaitAcknowledged(30, Duration.ofSeconds(60));
			Thread.sleep(STEP.toMillis());

			// kill -9 of the instance the user signed in at, mid-load
			killed = System.nanoTime();
			signedInAt.kill();
			dead = System.nanoTime();
			long undone = incompletePublications(database.primaryPort());
			Thread.sleep(STEP.toMillis());
			WorkstationSession.Answer me = user.get("/api/me");
			assertThat(me.status()).as("the signed-in user, after the instance that signed them in died")
				.isEqualTo(200);
			assertThat(me.body()).contains("agent1");
			assertThat(me.upstream()).isNotEqualTo(user.signedInAt());
			WorkstationSession.Answer registered = user.post("/api/orders",
					"{\"channel\":\"PHONE\",\"type\":\"HELP\",\"content\":\"咨询社保卡丢失后如何补办，需要多长时间\"}");
			assertThat(registered.status()).as(registered.body()).isEqualTo(201);
			System.out.printf(
					"Cluster: signed in at %s, killed (%d reactions under way in the cluster then); /api/me and a new order"
							+ " of the same session answered by %s, %s%n",
					user.signedInAt(), undone, me.upstream(), registered.upstream());

			// and its restart, under the load
			signedInAt.start();
			restarted = System.nanoTime();
			System.out.printf("Cluster: the killed instance started again in %d s under the load%n",
					seconds(restarted - killed) - STEP.toSeconds());
			Thread.sleep(STEP.toMillis() / 2);
			burst(nginx.port(), database.primaryPort());
			Thread.sleep(STEP.toMillis() / 2);
			assertThat(database.standbyInSync()).as("standby synchronous before the failover").isTrue();

			// a primary failover under the load
			stopped = System.nanoTime();
			database.stopPrimary();
			Thread.sleep(DETECTION_MILLIS);
			database.promoteStandby();
			promoted = System.nanoTime();
			load.awaitAcknowledged(load.acknowledged().size() + 50, Duration.ofSeconds(90));
			Thread.sleep(STEP.toMillis());
		}
		finally {
			load.close();
		}
		long loadEnded = System.nanoTime();
		acknowledged = load.acknowledged();
		List<Attempt> attempts = load.attempts();
		System.out.printf("Cluster: load of %d s, %d orders acknowledged, %d requests; answered by instance %s%n",
				seconds(loadEnded - loadStarted), acknowledged.size(), attempts.size(),
				attempts.stream()
					.filter(Attempt::succeeded)
					.collect(Collectors.groupingBy(this::instanceOf, TreeMap::new, Collectors.counting())));
		assertThat(attempts.stream()
			.filter((a) -> a.succeeded() && a.sent() > restarted)
			.map(this::instanceOf)
			.anyMatch((i) -> i == signedInAt.number)).as("the restarted instance serves again").isTrue();

		int port = database.standbyPort();
		long settling = System.nanoTime();
		awaitReactions(port, Duration.ofMinutes(3));
		System.out.printf("Cluster: every reaction done %d s after the load ended%n",
				seconds(System.nanoTime() - settling));

		Errors errors = new Errors(attempts, new Kill(killed, dead, user.signedInAt()), stopped);
		long rto = attempts.stream()
			.filter((a) -> a.succeeded() && a.sent() > stopped)
			.mapToLong(Attempt::answered)
			.min()
			.orElseThrow() - stopped;
		Map<String, Long> stored = stored(port, acknowledged);
		long lost = acknowledged.entrySet()
			.stream()
			.filter((e) -> !e.getValue().equals(stored.get(e.getKey())))
			.count();
		System.out.printf(
				"Cluster: acknowledged %d, stored %d (with the acknowledged id), RPO %d lost; errors %d: %d in flight on"
						+ " the killed instance %s, %d in the failover window %s, %d elsewhere %s; failover window %d ms"
						+ " (first error to the first success of a request sent after it), RTO %d ms (primary stopped to"
						+ " intake succeeding again; promotion %d ms after the stop)%n",
				acknowledged.size(), stored.size() - lost, lost, errors.all.size(), errors.atKill.size(),
				errors.summary(errors.atKill), errors.inFailover.size(), errors.summary(errors.inFailover),
				errors.elsewhere.size(), errors.summary(errors.elsewhere), millis(errors.window), millis(rto),
				millis(promoted - stopped));
		assertThat(load.givenUp()).as("orders never acknowledged however often repeated").isEmpty();
		assertThat(lost).as("RPO: acknowledged orders not stored with their id").isZero();
		assertThat(errors.elsewhere).as("errors outside the kill and the failover").isEmpty();
		assertThat(errors.atKill.size()).as("errors of the requests in flight on the killed instance")
			.isLessThanOrEqualTo(CLIENTS);
		assertThat(rto).as("RTO").isLessThan(TimeUnit.SECONDS.toNanos(30));
		assertThat(errors.window).as("failover window").isLessThan(TimeUnit.SECONDS.toNanos(30));

		Api agent = Api.as(nginx.port(), "agent1");
		for (String requestId : acknowledged.keySet().stream().limit(10).toList()) {
			Api.Response repeated = agent.post("/api/orders",
					Map.of("channel", "PHONE", "type", "HELP", "content", GAS, "requestId", requestId));
			assertThat(repeated.status()).isBetween(200, 201);
			assertThat(repeated.id()).as("a repeated request id gives the first order")
				.isEqualTo(acknowledged.get(requestId));
		}

		try (Connection db = connect(port)) {
			checkStoredOnce(db, this.history);
			checkReactionsOnce(db, load, this.history);
			checkAutomaticDispatch(db, load);
			checkSupervisionRuns(db, loadEnded - began);
		}
		List<String> logged = this.instances.stream().flatMap((i) -> i.errors().stream()).toList();
		System.out.printf("Cluster: %d lines logged at ERROR by the instances, the first: %s; the test took %d s%n",
				logged.size(), logged.stream().limit(3).toList(), seconds(System.nanoTime() - began));
	}

	/** Every order stored once: its request id once, one REGISTERED entry. */
	private static void checkStoredOnce(Connection db, long history) throws Exception {
		assertThat(count(db, """
				select count(*) from (select request_id from work_order where request_id is not null
				group by request_id having count(*) > 1) twice""")).as("request ids stored twice").isZero();
		assertThat(count(db, """
				select count(*) from work_order o where o.id > %d and (select count(*) from work_order_event e
				where e.order_id = o.id and e.type = 'REGISTERED') <> 1""".formatted(history)))
			.as("orders without one REGISTERED entry")
			.isZero();
	}

	/**
	 * Every reaction to every order's events done once: the facts of each order at its
	 * version, the linkage and the duplicate checks of each registration noted done, the
	 * flags of the linkage rules, their FLAGGED cases and the linkage's 督办 mark once per
	 * order, one collective case per matter with its callers counted once, no link stored
	 * both ways, no order dispatched twice.
	 */
	private static void checkReactionsOnce(Connection db, IntakeLoad load, long history) throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("orders", count(db, "select count(*) from work_order where id > " + history));
		counts.put("orders without their facts at their version", count(db, """
				select count(*) from work_order o left join order_fact f on f.order_id = o.id
				where o.id > %d and (f.order_id is null or f.version <> o.version)""".formatted(history)));
		counts.put("reactions noted twice", count(db,
				"""
						select count(*) from (select 1 from reaction_done group by reaction, event_id having count(*) > 1) twice"""));
		for (String reaction : List.of("linkage", "duplicates")) {
			counts.put("registrations without the reaction " + reaction, count(db, """
					select count(*) from work_order_event e where e.type = 'REGISTERED' and e.order_id > %d
					and not exists (select 1 from reaction_done r where r.reaction = '%s' and r.event_id = e.id)"""
				.formatted(history, reaction)));
		}
		counts.put("gas orders", (long) load.ofKind("GAS").size());
		counts.put("gas orders without one EMERGENCY flag", countOf(db, load.ofKind("GAS"), """
				(select count(*) from order_flag f where f.order_id = o.id and f.kind = 'EMERGENCY') <> 1"""));
		counts.put("risk orders", (long) load.ofKind("RISK").size());
		counts.put("risk orders without one RISK flag", countOf(db, load.ofKind("RISK"), """
				(select count(*) from order_flag f where f.order_id = o.id and f.kind = 'RISK') <> 1"""));
		counts.put("risk orders without one 督办 mark of the linkage", countOf(db, load.ofKind("RISK"), """
				(select count(*) from work_order_event e where e.order_id = o.id
				and e.note_key = 'note.linkage-risk') <> 1"""));
		counts.put("flagged orders without one FLAGGED case", count(db,
				"""
						select count(*) from (select distinct order_id from order_flag where kind in ('RISK', 'EMERGENCY')) f
						where (select count(*) from supervision_case c where c.order_id = f.order_id and c.kind = 'FLAGGED') <> 1"""));
		counts.put("flags without their case noted done", count(db, """
				select count(*) from order_flag f where f.kind in ('RISK', 'EMERGENCY') and not exists
				(select 1 from reaction_done r where r.reaction = 'flagged-case' and r.event_id = f.id)"""));
		counts.put("collective cases", count(db, "select count(*) from collective_case"));
		// the sudden matter's callers, all within the 500 ms in which the instances learn
		// each other's orders: one case at most (none where no instance saw five of them,
		// docs/deployment.md)
		counts.put("places with more than one collective case", count(db, """
				select count(*) from (select place_code from collective_case where title <> '%s'
				group by place_code having count(*) > 1) twice""".formatted(BURST[1])));
		counts.put("matters without a collective case", (long) MATTERS.size() + 1 - count(db, """
				select count(distinct c.title) from collective_case c where c.title in ('%s', '%s')
				and exists (select 1 from collective_case_order m where m.case_id = c.id)"""
			.formatted(String.join("', '", MATTERS.stream().map((m) -> m[1]).toList()), BURST[1])));
		counts.put("collective cases of the sudden matter",
				count(db, "select count(*) from collective_case where title = '%s'".formatted(BURST[1])));
		counts.put("cases whose callers are not counted once", count(db, """
				select count(*) from collective_case c where c.callers <> (select count(distinct caller_key)
				from collective_case_order m where m.case_id = c.id)"""));
		counts.put("orders in a case without one COLLECTIVE flag", count(db, """
				select count(*) from collective_case_order m where (select count(*) from order_flag f
				where f.order_id = m.order_id and f.kind = 'COLLECTIVE') <> 1"""));
		counts.put("COLLECTIVE flags outside a case", count(db, """
				select count(*) from order_flag f where f.kind = 'COLLECTIVE'
				and not exists (select 1 from collective_case_order m where m.order_id = f.order_id)"""));
		counts.put("duplicate links", count(db, "select count(*) from order_link"));
		counts.put("links stored both ways", count(db, """
				select count(*) from order_link a join order_link b
				on a.order_id = b.related_order_id and a.related_order_id = b.order_id and a.id < b.id"""));
		counts.put("orders dispatched more than once", count(db, """
				select count(*) from (select order_id from work_order_event where type = 'DISPATCHED'
				and order_id > %d group by order_id having count(*) > 1) twice""".formatted(history)));
		System.out.println("Cluster: reactions " + counts);
		counts.forEach((what, count) -> {
			if (!List
				.of("orders", "gas orders", "risk orders", "collective cases", "duplicate links",
						"collective cases of the sudden matter")
				.contains(what)) {
				assertThat(count).as(what).isZero();
			}
		});
		assertThat(counts.get("gas orders")).isPositive();
		assertThat(counts.get("risk orders")).isPositive();
		assertThat(counts.get("collective cases of the sudden matter")).isLessThanOrEqualTo(1);
	}

	/**
	 * Automatic dispatch through the kill and the failover: each order of the automatic
	 * matter dispatched by {@code auto-dispatch} exactly once, none twice, none missing
	 * but those another moved on first (not eligible: no longer REGISTERED when read).
	 */
	private void checkAutomaticDispatch(Connection db, IntakeLoad load) throws Exception {
		List<String> automatic = load.ofKind("AUTO");
		String dispatches = """
				(select count(*) from work_order_event e where e.order_id = o.id and e.type = 'DISPATCHED'
				and e.actor = 'auto-dispatch')""";
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("orders of the automatic matter", countOf(db, automatic, "true"));
		counts.put("dispatched automatically once", countOf(db, automatic, dispatches + " = 1"));
		counts.put("dispatched automatically more than once", countOf(db, automatic, dispatches + " > 1"));
		counts.put("not eligible (moved on by another first)",
				countOf(db, automatic, dispatches + " = 0 and o.status <> 'REGISTERED'"));
		counts.put("missing", countOf(db, automatic, dispatches + " = 0 and o.status = 'REGISTERED'"));
		counts.put("other orders dispatched automatically", count(db, """
				select count(distinct e.order_id) from work_order_event e join work_order o on o.id = e.order_id
				where o.id > %d and e.type = 'DISPATCHED' and e.actor = 'auto-dispatch'
				and not (o.request_id = any ('{%s}'))""".formatted(this.history, String.join(",", automatic))));
		System.out.println("Cluster: automatic dispatch " + counts);
		if (counts.get("missing") > 0 || counts.get("not eligible (moved on by another first)") > 0) {
			Map<String, Long> stored = load.acknowledged();
			List<String> undispatched = new ArrayList<>();
			try (PreparedStatement query = db.prepareStatement("select o.request_id, o.id, o.status from work_order o"
					+ " where o.request_id = any (?) and " + dispatches + " = 0")) {
				query.setArray(1, db.createArrayOf("varchar", automatic.toArray()));
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						String requestId = rows.getString(1);
						undispatched.add("#" + rows.getLong(2) + " " + rows.getString(3) + " at instance "
								+ load.attempts()
									.stream()
									.filter((a) -> a.requestId().equals(requestId) && a.succeeded())
									.map(this::instanceOf)
									.toList()
								+ (stored.containsKey(requestId) ? "" : " (not acknowledged)"));
					}
				}
			}
			System.out.println("Cluster: orders of the automatic matter not dispatched automatically " + undispatched);
		}
		assertThat(counts.get("orders of the automatic matter")).as("orders of the automatic matter").isPositive();
		assertThat(counts.get("dispatched automatically more than once")).as("orders dispatched automatically twice")
			.isZero();
		assertThat(counts.get("missing")).as("orders of the automatic matter never dispatched automatically").isZero();
		assertThat(counts.get("dispatched automatically once") + counts.get("not eligible (moved on by another first)"))
			.isEqualTo(counts.get("orders of the automatic matter"));
	}

	/**
	 * Automatic dispatch on, as an administrator switches it on: once the model the first
	 * instance trains at its start (from the history) answers on every instance, a
	 * threshold for the automatic matter's category, set through the first instance,
	 * applies on every instance (each follows the thresholds of the database every 3 s).
	 */
	private void automaticDispatchOn() throws Exception {
		long started = System.nanoTime();
		Instance first = this.instances.get(0);
		int version = activeModel(first.port, Duration.ofMinutes(3));
		long trained = System.nanoTime();
		String[] chosen = null;
		double probability = 0;
		for (String[] matter : AUTOMATIC) {
			String category = suggest(first.port, matter[0], matter[1], null).get("suggestions")
				.get(0)
				.get("categoryCode")
				.asString();
			double likely = suggest(first.port, matter[0], matter[1], category).get("suggestions")
				.get(0)
				.get("probability")
				.asDouble();
			System.out.printf("Cluster: model v%d dispatches \"%s\" (%s) to its first unit with %.3f%n", version,
					matter[1], category, likely);
			if (likely >= CONFIDENT) {
				chosen = new String[] { matter[0], matter[1], category };
				probability = likely;
				break;
			}
		}
		assertThat(chosen).as("a matter that model v%d dispatches with at least %s", version, CONFIDENT).isNotNull();
		for (Instance instance : this.instances) {
			awaitSuggestion(instance, chosen, Duration.ofSeconds(20),
					(answer) -> answer.get("modelVersion").asInt() == version, "model v" + version);
		}
		double threshold = Math.floor((probability - 0.01) * 100) / 100;
		Api.Response set = Api.as(first.port, "admin")
			.put("/api/dispatch/thresholds/" + chosen[2], Map.of("threshold", threshold));
		assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
		long thresholdSet = System.nanoTime();
		for (Instance instance : this.instances) {
			awaitSuggestion(instance, chosen, Duration.ofSeconds(20),
					(answer) -> answer.get("autoDispatch").asBoolean(), "the threshold " + threshold);
		}
		this.automatic = chosen;
		System.out.printf(
				"Cluster: automatic dispatch on: model v%d active %d s after the first instance started, on every"
						+ " instance; threshold %.2f for %s set at instance 1, applied on every instance %d ms later%n",
				version, seconds(trained - started), threshold, chosen[2], millis(System.nanoTime() - thresholdSet));
	}

	/** The version the first instance trains at its start, once it is active. */
	private static int activeModel(int port, Duration limit) throws Exception {
		long deadline = System.nanoTime() + limit.toNanos();
		tools.jackson.databind.JsonNode versions = null;
		while (System.nanoTime() < deadline) {
			versions = Api.as(port, "admin").get("/api/dispatch/models").body();
			for (tools.jackson.databind.JsonNode version : versions) {
				if (version.get("active").asBoolean()) {
					return version.get("version").asInt();
				}
			}
			Thread.sleep(500);
		}
		throw new AssertionError("no dispatch model active after " + limit + ": " + versions);
	}

	private static tools.jackson.databind.JsonNode suggest(int port, String address, String text, String category) {
		Map<String, Object> body = new HashMap<>(Map.of("text", text, "address", address));
		if (category != null) {
			body.put("categoryCode", category);
		}
		Api.Response answer = Api.as(port, "dispatcher1").post("/api/dispatch/suggest", body);
		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
		return answer.body();
	}

	private static void awaitSuggestion(Instance instance, String[] matter, Duration limit,
			java.util.function.Predicate<tools.jackson.databind.JsonNode> wanted, String what) throws Exception {
		long deadline = System.nanoTime() + limit.toNanos();
		tools.jackson.databind.JsonNode answer;
		while (!wanted.test(answer = suggest(instance.port, matter[0], matter[1], matter[2]))) {
			assertThat(System.nanoTime())
				.as("instance %d without %s after %s: model v%s, threshold %s", instance.number, what, limit,
						answer.get("modelVersion"), answer.get("threshold"))
				.isLessThan(deadline);
			Thread.sleep(250);
		}
	}

	/**
	 * The supervision run (every 15 s on each instance here, under a ShedLock lock held
	 * at least 13.5 s) ran once per period: its runs, as the audit log keeps them with
	 * their duration, started at least the lock's minimum apart, and ran all along.
	 */
	private static void checkSupervisionRuns(Connection db, long elapsed) throws Exception {
		List<Long> starts = new ArrayList<>();
		List<String> locks = new ArrayList<>();
		try (ResultSet rows = db.createStatement().executeQuery("select name from shedlock order by locked_at")) {
			while (rows.next()) {
				locks.add(rows.getString(1));
			}
		}
		System.out.println("Cluster: jobs that took their cluster lock (ShedLock) " + locks);
		Pattern millis = Pattern.compile("millis=(\\d+)");
		try (ResultSet rows = db.createStatement()
			.executeQuery("select at, detail from audit_log where action = 'SUPERVISION_RUN' order by at")) {
			while (rows.next()) {
				Matcher took = millis.matcher(rows.getString(2));
				assertThat(took.find()).isTrue();
				starts.add(rows.getTimestamp(1).getTime() - Long.parseLong(took.group(1)));
			}
		}
		starts.sort(null);
		List<Long> gaps = new ArrayList<>();
		for (int i = 1; i < starts.size(); i++) {
			gaps.add(starts.get(i) - starts.get(i - 1));
		}
		long minimum = SUPERVISION_MILLIS * 9 / 10;
		System.out.printf(
				"Cluster: %d supervision runs in %d s (one per %d s at most on 3 instances), %d ms apart: %s%n",
				starts.size(), seconds(elapsed), minimum / 1000,
				gaps.stream().mapToLong(Long::longValue).min().orElse(0), gaps);
		assertThat(gaps).as("ms between two supervision runs").allMatch((gap) -> gap >= minimum - 1_000);
		assertThat(starts.size()).as("supervision runs").isGreaterThanOrEqualTo(3);
	}

	/**
	 * The sudden matter's callers, all at once through nginx (least_conn spreads them
	 * over the instances), and 2 s later one more, as an event's calls go on: by then
	 * every instance knows the others' orders, and the case is formed once.
	 */
	private static void burst(int port, int databasePort) throws Exception {
		java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(BURST_CALLERS);
		java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
		List<java.util.concurrent.Future<Api.Response>> answers = new ArrayList<>();
		for (int c = 0; c < BURST_CALLERS; c++) {
			int caller = c;
			answers.add(callers.submit(() -> {
				ready.await();
				return call(port, caller);
			}));
		}
		ready.countDown();
		for (java.util.concurrent.Future<Api.Response> answer : answers) {
			assertThat(answer.get(60, TimeUnit.SECONDS).status()).as("a caller of the sudden matter").isEqualTo(201);
		}
		callers.shutdown();
		Thread.sleep(2_000);
		long cases;
		try (Connection db = connect(databasePort);
				PreparedStatement query = db.prepareStatement("select count(*) from collective_case where title = ?")) {
			query.setString(1, BURST[1]);
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				cases = rows.getLong(1);
			}
		}
		System.out.printf("Cluster: %d callers of a sudden matter at once: %d collective case 2 s later%n",
				BURST_CALLERS, cases);
		assertThat(call(port, BURST_CALLERS).status()).as("the next caller of the sudden matter").isEqualTo(201);
	}

	private static Api.Response call(int port, int caller) {
		return Api.as(port, "agent1")
			.post("/api/orders",
					Map.of("channel", "PHONE", "type", "COMPLAINT", "address", BURST[0], "title", BURST[1], "content",
							BURST[2] + "（第" + (caller + 1) + "位来电）", "caller",
							Map.of("phone", "138" + String.format("%08d", 20_000 + caller)), "requestId",
							java.util.UUID.randomUUID().toString()));
	}

	private int instanceOf(Attempt attempt) {
		String upstream = attempt.upstream().substring(attempt.upstream().lastIndexOf(',') + 1).trim();
		return this.instances.stream()
			.filter((i) -> upstream.endsWith(":" + i.port))
			.mapToInt((i) -> i.number)
			.findFirst()
			.orElse(0);
	}

	/**
	 * The n-th order: most about the three matters (a pool of 29 callers), every tenth a
	 * gas smell, every twentieth a risk, every tenth the automatic matter (its category
	 * given, a caller of its own).
	 */
	private Order order(int n) {
		String phone = "139" + String.format("%08d", 10_000 + n % 29);
		if (n % 10 == 7) {
			String[] matter = this.automatic;
			return new Order("AUTO", Map.of("channel", "PHONE", "type", "COMPLAINT", "address", matter[0], "content",
					matter[1], "categoryCode", matter[2], "caller", Map.of("phone", "137" + String.format("%08d", n))));
		}
		if (n % 20 == 0) {
			return new Order("RISK",
					Map.of("channel", "PHONE", "type", "COMPLAINT", "content", RISK, "caller", Map.of("phone", phone)));
		}
		if (n % 10 == 5) {
			return new Order("GAS",
					Map.of("channel", "PHONE", "type", "HELP", "content", GAS, "caller", Map.of("phone", phone)));
		}
		String[] matter = MATTERS.get(n % MATTERS.size());
		return new Order("MATTER", Map.of("channel", "PHONE", "type", "COMPLAINT", "address", matter[0], "title",
				matter[1], "content", matter[2] + "（第" + n + "位来电）", "caller", Map.of("phone", phone)));
	}

	private static void awaitReactions(int port, Duration limit) throws Exception {
		long deadline = System.nanoTime() + limit.toNanos();
		try (Connection db = connect(port)) {
			long left;
			while ((left = count(db, "select count(*) from event_publication where completion_date is null")) > 0) {
				assertThat(System.nanoTime()).as("%d publications still incomplete after %s", left, limit)
					.isLessThan(deadline);
				Thread.sleep(500);
			}
		}
	}

	private static long incompletePublications(int port) throws Exception {
		try (Connection db = connect(port)) {
			return count(db, "select count(*) from event_publication where completion_date is null");
		}
	}

	private static Map<String, Long> stored(int port, Map<String, Long> acknowledged) throws Exception {
		Map<String, Long> stored = new HashMap<>();
		try (Connection db = connect(port);
				PreparedStatement query = db
					.prepareStatement("select request_id, id from work_order where request_id = any (?)")) {
			query.setArray(1, db.createArrayOf("varchar", acknowledged.keySet().toArray()));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					stored.put(rows.getString(1), rows.getLong(2));
				}
			}
		}
		return stored;
	}

	private static long count(Connection db, String sql) throws Exception {
		try (ResultSet rows = db.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/** How many of the orders (by request id) meet the condition on {@code o}. */
	private static long countOf(Connection db, List<String> requestIds, String condition) throws Exception {
		try (PreparedStatement query = db
			.prepareStatement("select count(*) from work_order o where o.request_id = any (?) and " + condition)) {
			query.setArray(1, db.createArrayOf("varchar", requestIds.toArray()));
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	private static Connection connect(int port) throws Exception {
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
	}

	private static long seconds(long nanos) {
		return TimeUnit.NANOSECONDS.toSeconds(nanos);
	}

	private static long millis(long nanos) {
		return TimeUnit.NANOSECONDS.toMillis(nanos);
	}

	/**
	 * The kill: when it was asked, when the process was gone ({@code kill -9} takes a few
	 * milliseconds), and the instance's address as nginx names it.
	 */
	private record Kill(long asked, long dead, String upstream) {

		/**
		 * Whether the request was in flight on the killed instance: sent before the kill,
		 * or sent to it while it was dying, and answered after the kill was asked.
		 */
		boolean caught(Attempt failed, long stopped) {
			String tried = (failed.upstream() == null) ? ""
					: failed.upstream().substring(failed.upstream().lastIndexOf(',') + 1).trim();
			return failed.answered() >= this.asked && failed.answered() < stopped
					&& (failed.sent() < this.asked || (failed.sent() < this.dead && this.upstream.equals(tried)));
		}

	}

	/**
	 * The failed requests: those in flight on the killed instance (sent before the kill,
	 * or to the instance while it died, answered after), those of the failover window
	 * (answered after the primary stopped, sent before intake worked again), and the
	 * others.
	 */
	private static final class Errors {

		final List<Attempt> all;

		final List<Attempt> atKill = new ArrayList<>();

		final List<Attempt> inFailover = new ArrayList<>();

		final List<Attempt> elsewhere = new ArrayList<>();

		/**
		 * First failure after the stop to the first success of a request sent after it.
		 */
		final long window;

		Errors(List<Attempt> attempts, Kill kill, long stopped) {
			this.all = attempts.stream().filter((a) -> !a.succeeded()).toList();
			long firstFailure = this.all.stream()
				.filter((a) -> a.answered() >= stopped)
				.mapToLong(Attempt::answered)
				.min()
				.orElse(stopped);
			long recovered = attempts.stream()
				.filter((a) -> a.succeeded() && a.sent() > firstFailure)
				.mapToLong(Attempt::answered)
				.min()
				.orElse(Long.MAX_VALUE);
			this.window = recovered - firstFailure;
			for (Attempt failed : this.all) {
				if (kill.caught(failed, stopped)) {
					this.atKill.add(failed);
				}
				else if (failed.answered() >= stopped && failed.sent() <= recovered) {
					this.inFailover.add(failed);
				}
				else {
					this.elsewhere.add(failed);
				}
			}
		}

		Map<String, Long> summary(List<Attempt> failed) {
			return failed.stream()
				.collect(Collectors.groupingBy(Attempt::failure, TreeMap::new, Collectors.counting()));
		}

	}

	/**
	 * One instance: the packaged platform on its own port and data directory, configured
	 * as deploy/systemd/hotline.env configures a cluster's (multi-host URL, indexes
	 * following the others every 500 ms, behind nginx), with the demo's users and a small
	 * demo history (the dispatch model learns from it: at most that many orders, no
	 * retraining on schedule), and the supervision run and the resubmission of incomplete
	 * event publications every 15 s instead of 5 and 1 min.
	 */
	private final class Instance {

		final Path dir;

		final int port;

		final String jdbcUrl;

		final int number;

		Process process;

		Instance(Path dir, int port, String jdbcUrl) {
			this.dir = dir;
			this.port = port;
			this.jdbcUrl = jdbcUrl;
			this.number = ClusterIT.this.instances.size() + 1;
		}

		void start() throws Exception {
			this.process = PlatformProcess.start(this.dir, this.port,
					Map.of("HOTLINE_DB_URL", this.jdbcUrl, "HOTLINE_DB_USER", "postgres", "HOTLINE_DEMO", "true",
							"HOTLINE_INDEXES_FOLLOW_MS", "500", "SERVER_FORWARD_HEADERS_STRATEGY", "native",
							"JAVA_TOOL_OPTIONS", "-Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto"),
					"--hotline.demo.history-orders=" + HISTORY_ORDERS,
					"--hotline.dispatch.max-orders=" + HISTORY_ORDERS, "--hotline.dispatch.retrain-cron=-",
					"--hotline.supervision.run-ms=" + SUPERVISION_MILLIS, "--hotline.supervision.first-run-ms=5000",
					"--hotline.events.resubmit-ms=15000", "--hotline.events.resubmit-older-than=PT15S");
		}

		/** {@code kill -9}. */
		void kill() throws InterruptedException {
			if (this.process != null) {
				this.process.destroyForcibly();
				this.process.waitFor(30, TimeUnit.SECONDS);
			}
		}

		/** What it logged at ERROR, after the time and level. */
		List<String> errors() {
			try (var lines = Files.lines(PlatformProcess.log(this.dir))) {
				return lines.filter((line) -> line.contains(" ERROR "))
					.map((line) -> "#" + this.number + " " + line.substring(line.indexOf(" ERROR ") + 7))
					.toList();
			}
			catch (java.io.IOException ex) {
				return List.of("#" + this.number + " log unreadable: " + ex);
			}
		}

	}

}
