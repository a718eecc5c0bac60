package io.hotline.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The soak's mixed load on a platform serving on a loopback port: agents, citizens (the
 * portal and Open311), dispatchers, units, callback staff and analysts at work at once,
 * every order taken through its lifecycle by the people whose step it is. What it needs
 * of the demo data it asks over HTTP, as a client would.
 */
final class SoakLoad {

	static final String HOST = "127.0.0.1";

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** The users acting, each with the demo password. */
	private static final String[] USERS = { "agent1", "dispatcher1", "unit1", "unit2", "callback1", "analyst1" };

	final int port;

	final long[] unitIds;

	final String portalCategory;

	final IntakeLoad intake;

	final Open311Load open311;

	final SoakPipeline pipeline = new SoakPipeline();

	final CitizenAddresses citizens = new CitizenAddresses();

	/**
	 * Numbers the new orders' contents and request ids, unique across runs of one load.
	 */
	final AtomicLong sequence = new AtomicLong();

	private final Map<String, String> authorizations = new HashMap<>();

	SoakLoad(int port, String password) throws Exception {
		this.port = port;
		for (String user : USERS) {
			this.authorizations.put(user, "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		String runId = UUID.randomUUID().toString();
		this.intake = new IntakeLoad(port, "agent1", password, runId);
		this.open311 = new Open311Load(port, runId);
		try (LoopbackHttp http = new LoopbackHttp(HOST, port)) {
			JsonNode units = get(http, "/api/units", authorization("dispatcher1"));
			this.unitIds = new long[] { unitId(units, "DEMO-UNIT-1"), unitId(units, "DEMO-UNIT-2") };
			this.portalCategory = portalCategory(http);
		}
	}

	String authorization(String user) {
		return this.authorizations.get(user);
	}

	/** The handler of the unit of this index (0 or 1). */
	String handler(int unit) {
		return "unit" + (unit + 1);
	}

	/** The cockpit's period: the last 30 days to today, Beijing time. */
	String period() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		return "from=" + today.minusDays(29) + "&to=" + today;
	}

	/**
	 * Runs the mix with so many clients, each one request after another, for the
	 * duration, counting into {@code stats}.
	 */
	void run(int clients, Duration duration, SoakStats stats) throws Exception {
		long end = System.nanoTime() + duration.toNanos();
		ConcurrentRun.whileTrue(clients, () -> System.nanoTime() - end < 0, (client) -> new SoakClient(this, stats));
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static long unitId(JsonNode units, String code) {
		for (JsonNode unit : units) {
			if (code.equals(unit.path("code").asString())) {
				return unit.get("id").asLong();
			}
		}
		throw new IllegalStateException("No unit " + code + " in GET /api/units: the soak needs the demo data");
	}

	/**
	 * A category a citizen would pick for a broken street light, or else the first
	 * offered.
	 */
	private static String portalCategory(LoopbackHttp http) throws Exception {
		JsonNode found = get(http, "/api/public/categories?q=" + encode("路灯"), null);
		if (found.isEmpty()) {
			found = get(http, "/api/public/categories?q=" + encode("噪音"), null);
		}
		if (found.isEmpty()) {
			throw new IllegalStateException("The portal offers no category for 路灯 or 噪音");
		}
		return found.get(0).get("code").asString();
	}

	private static JsonNode get(LoopbackHttp http, String path, String authorization) throws Exception {
		LoopbackHttp.Answer answer = http.send("GET", path, authorization, null, null);
		if (answer.status() != 200) {
			throw new IllegalStateException("GET " + path + " answered " + answer.status() + ": " + answer.text());
		}
		return JSON.readTree(answer.body());
	}

}
