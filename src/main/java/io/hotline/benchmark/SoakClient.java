package io.hotline.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.hotline.benchmark.LoopbackHttp.Answer;
import io.hotline.benchmark.SoakPipeline.Order;
import io.hotline.benchmark.SoakPipeline.Receipt;
import tools.jackson.databind.JsonNode;

/**
 * One client of the soak: at each turn it is one of the people at work, picked by the
 * mix's weights, and does that person's next step — an agent registers an order, a
 * citizen submits, tracks or rates, a dispatcher finds and dispatches, a unit signs and
 * replies, a callback agent calls back, an analyst reads the cockpit. A step that finds
 * nothing waiting for it does the same person's reading instead. Staff share one
 * keep-alive connection per client (HTTP Basic, sessionless); a citizen connects from an
 * address of their own.
 */
final class SoakClient implements ConcurrentRun.Operation {

	private static final String JSON = "application/json";

	private static final String REGISTERED = "REGISTERED";

	/**
	 * The mix: the lifecycle's steps outweigh the new orders, so its queues stay short.
	 */
	private static final SoakKind[] MIX = mix(SoakKind.INTAKE, 4, SoakKind.PORTAL_SUBMIT, 2, SoakKind.OPEN311_CREATE, 2,
			SoakKind.ORDER_SEARCH, 6, SoakKind.DISPATCH, 8, SoakKind.SIGN, 8, SoakKind.REPLY, 8, SoakKind.CALLBACK, 8,
			SoakKind.PORTAL_RATE, 2, SoakKind.PORTAL_TRACK, 3, SoakKind.INBOX, 5, SoakKind.KNOWLEDGE_SEARCH, 4,
			SoakKind.OPEN311_SEARCH, 2, SoakKind.COCKPIT_REPORT, 2, SoakKind.COCKPIT_UNITS, 1);

	private static final String[] WORDS = { "路灯", "噪音", "油烟", "停水", "社保卡", "施工", "占道经营", "垃圾" };

	private static final String[] QUESTIONS = { "社保卡补办需要什么材料", "路灯不亮找哪个部门", "夜间施工噪音怎么投诉", "居住证办理流程", "公积金提取条件",
			"小区停水多久恢复", "餐馆油烟扰民怎么处理", "新生儿医保怎么办理" };

	private static final String[] GROUPINGS = { "day", "category", "district", "street", "channel", "type" };

	private static final String[] DONE = { "经现场核查，反映的问题属实，已安排维修人员更换损坏的灯具并恢复照明", "我单位执法人员到场调查，已责令施工方停止夜间作业并整改",
			"经协调供水公司检修加压设备，水压已恢复正常", "已约谈餐馆负责人，督促其加装油烟净化设备并完成清洗", "根据《社会保险法》相关规定，可持身份证到就近服务网点办理补卡" };

	private static final String[] WHEN = { "已于%d月%d日完成处理", "预计%d个工作日内完成，目前已进入施工", "于%d月%d日上午10时到场，当日处理完毕",
			"限期%d个工作日整改，逾期将依法处理" };

	private static final String[] WHO = { "由街道城管科工作人员负责跟进，联系电话020-8%07d", "社区网格员将持续回访，负责人联系电话138%08d",
			"区住建局执法人员已建立台账，联系电话020-3%07d", "如仍有问题可致电物业服务中心，联系电话139%08d" };

	private final SoakLoad load;

	private final SoakStats stats;

	private final SoakPipeline pipeline;

	private final LoopbackHttp http;

	SoakClient(SoakLoad load, SoakStats stats) {
		this.load = load;
		this.stats = stats;
		this.pipeline = load.pipeline;
		this.http = new LoopbackHttp(SoakLoad.HOST, load.port);
	}

	@Override
	public boolean run(int client, long turn) {
		switch (MIX[ThreadLocalRandom.current().nextInt(MIX.length)]) {
			case INTAKE -> intake(turn);
			case PORTAL_SUBMIT -> portalSubmit(turn);
			case PORTAL_TRACK -> portalTrack(turn);
			case PORTAL_RATE -> portalRate(turn);
			case OPEN311_CREATE -> open311Create(turn);
			case OPEN311_SEARCH -> open311Search(turn);
			case ORDER_SEARCH -> orderSearch(turn);
			case DISPATCH -> dispatch(turn);
			case SIGN -> sign(turn);
			case REPLY -> reply(turn);
			case CALLBACK -> callback(turn);
			case INBOX -> inbox(turn);
			case KNOWLEDGE_SEARCH -> knowledgeSearch(turn);
			case COCKPIT_REPORT -> cockpitReport(turn);
			case COCKPIT_UNITS -> cockpitUnits();
			default -> throw new IllegalStateException("not in the mix");
		}
		return true;
	}

	private void intake(long turn) {
		if (this.pipeline.full()) {
			inbox(turn);
			return;
		}
		byte[] body = this.load.intake.body(this.load.sequence.getAndIncrement());
		JsonNode order = call(SoakKind.INTAKE, this.http, "POST", "/api/orders", staff("agent1"), JSON, body, 201);
		if (order != null && REGISTERED.equals(order.get("status").asString())) {
			this.pipeline.registered.offer(new Order(order.get("id").asLong(), order.get("version").asInt(), -1, null));
		}
	}

	private void portalSubmit(long turn) {
		if (this.pipeline.full()) {
			portalTrack(turn);
			return;
		}
		long n = this.load.sequence.getAndIncrement();
		String boundary = "----soak" + n;
		byte[] body = Multipart.of(boundary, "categoryCode", this.load.portalCategory, "content",
				"我家楼下的路灯已经坏了一个多星期，晚上出行很不安全，希望尽快派人维修。（第" + n + "次提交）", "address",
				IntakeLoad.ADDRESSES[(int) (n % IntakeLoad.ADDRESSES.length)], "phone",
				String.format("139%08d", n % 100_000_000));
		LoopbackHttp citizen = citizen();
		try {
			JsonNode receipt = call(SoakKind.PORTAL_SUBMIT, citizen, "POST", "/api/public/orders", null,
					"multipart/form-data; boundary=" + boundary, body, 201);
			if (receipt != null) {
				String token = receipt.get("token").asString();
				this.pipeline.numbers.offer(new Receipt(receipt.get("number").asString(), token));
				this.pipeline.tracked(token);
			}
		}
		finally {
			close(citizen);
		}
	}

	private void portalTrack(long turn) {
		String token = this.pipeline.anyToken();
		if (token == null) {
			inbox(turn);
			return;
		}
		LoopbackHttp citizen = citizen();
		try {
			call(SoakKind.PORTAL_TRACK, citizen, "GET", "/api/public/orders/" + token, null, null, null, 200);
		}
		finally {
			close(citizen);
		}
	}

	private void portalRate(long turn) {
		Order order = this.pipeline.rateable.poll();
		if (order == null) {
			portalTrack(turn);
			return;
		}
		byte[] rating = "{\"satisfaction\":\"SATISFIED\",\"comment\":\"路灯修好了，处理及时\"}".getBytes(StandardCharsets.UTF_8);
		LoopbackHttp citizen = citizen();
		try {
			call(SoakKind.PORTAL_RATE, citizen, "POST", "/api/public/orders/" + order.token() + "/rating", null, JSON,
					rating, 201);
		}
		finally {
			close(citizen);
		}
	}

	private void open311Create(long turn) {
		if (this.pipeline.full()) {
			open311Search(turn);
			return;
		}
		byte[] form = this.load.open311.form("soak", this.load.sequence.getAndIncrement());
		JsonNode created = call(SoakKind.OPEN311_CREATE, this.http, "POST", "/open311/v2/requests.json", null,
				Open311Load.FORM, form, 200);
		if (created != null) {
			String number = created.get(0).get("service_request_id").asString();
			this.pipeline.numbers.offer(new Receipt(number, null));
			this.pipeline.open311(number);
		}
	}

	private void open311Search(long turn) {
		List<String> numbers = this.pipeline.recentOpen311(10);
		if (turn % 2 == 0 || numbers.isEmpty()) {
			call(SoakKind.OPEN311_SEARCH, this.http, "GET", "/open311/v2/requests.json?status=open", null, null, null,
					200);
			return;
		}
		call(SoakKind.OPEN311_BY_NUMBERS, this.http, "GET",
				"/open311/v2/requests.json?service_request_id=" + SoakLoad.encode(String.join(",", numbers)), null,
				null, null, 200);
	}

	/**
	 * A dispatcher finds a citizen's order by its number, or else searches or reads the
	 * queue.
	 */
	private void orderSearch(long turn) {
		Receipt receipt = this.pipeline.numbers.poll();
		if (receipt != null) {
			find(receipt);
		}
		else if (turn % 2 == 0) {
			call(SoakKind.ORDER_SEARCH, this.http, "GET",
					"/api/orders?q=" + SoakLoad.encode(WORDS[(int) (turn / 2 % WORDS.length)]) + "&size=20",
					staff("dispatcher1"), null, null, 200);
		}
		else {
			call(SoakKind.DISPATCH_QUEUE, this.http, "GET", "/api/orders?status=REGISTERED&size=20",
					staff("dispatcher1"), null, null, 200);
		}
	}

	private void find(Receipt receipt) {
		String path = "/api/orders?q=" + SoakLoad.encode(receipt.number()) + "&size=20";
		JsonNode page = call(SoakKind.ORDER_FIND, this.http, "GET", path, staff("dispatcher1"), null, null, 200);
		if (page == null) {
			return;
		}
		for (JsonNode order : page.get("content")) {
			if (receipt.number().equals(order.get("number").asString())) {
				if (REGISTERED.equals(order.get("status").asString())) {
					this.pipeline.registered
						.offer(new Order(order.get("id").asLong(), order.get("version").asInt(), -1, receipt.token()));
				}
				return;
			}
		}
		this.stats.failure(SoakKind.ORDER_FIND, "GET " + path + ": 200 without the order " + receipt.number());
	}

	private void dispatch(long turn) {
		Order order = this.pipeline.registered.poll();
		if (order == null) {
			orderSearch(turn);
			return;
		}
		int unit = (int) (order.id() % 2);
		int version = act(SoakKind.DISPATCH, order, "dispatcher1", "dispatch",
				"{\"unitIds\":[" + this.load.unitIds[unit] + "],\"note\":\"请按期办理\",\"version\":%d}", "REGISTERED");
		if (version >= 0) {
			this.pipeline.dispatched.offer(order.at(unit, version));
		}
	}

	private void sign(long turn) {
		Order order = this.pipeline.dispatched.poll();
		if (order == null) {
			inbox(turn);
			return;
		}
		int version = act(SoakKind.SIGN, order, this.load.handler(order.unit()), "sign", "{\"version\":%d}",
				"DISPATCHED");
		if (version >= 0) {
			this.pipeline.handling.offer(order.withVersion(version));
		}
	}

	private void reply(long turn) {
		Order order = this.pipeline.handling.poll();
		if (order == null) {
			inbox(turn);
			return;
		}
		String body = "{\"content\":\"" + replyText().replace("%", "%%") + "\",\"resolved\":true,\"version\":%d}";
		int version = act(SoakKind.REPLY, order, this.load.handler(order.unit()), "reply", body, "HANDLING");
		if (version >= 0) {
			this.pipeline.replied.offer(order.withVersion(version));
		}
	}

	private void callback(long turn) {
		Order order = this.pipeline.replied.poll();
		if (order == null) {
			orderSearch(turn);
			return;
		}
		int version = act(SoakKind.CALLBACK, order, "callback1", "callback",
				"{\"satisfaction\":\"SATISFIED\",\"resolved\":true,\"comment\":\"市民表示满意\",\"version\":%d}", "REPLIED");
		if (version >= 0 && order.token() != null) {
			this.pipeline.rateable.offer(order);
		}
	}

	private void inbox(long turn) {
		call(SoakKind.INBOX, this.http, "GET", "/api/orders?status=DISPATCHED,HANDLING&sort=deadline&size=20",
				staff(this.load.handler((int) (turn % 2))), null, null, 200);
	}

	private void knowledgeSearch(long turn) {
		call(SoakKind.KNOWLEDGE_SEARCH, this.http, "GET",
				"/api/knowledge/search?q=" + SoakLoad.encode(QUESTIONS[(int) (turn % QUESTIONS.length)]),
				staff("agent1"), null, null, 200);
	}

	private void cockpitReport(long turn) {
		call(SoakKind.COCKPIT_REPORT, this.http, "GET", "/api/analytics/kpi-report?" + this.load.period() + "&groupBy="
				+ GROUPINGS[(int) (turn % GROUPINGS.length)], staff("analyst1"), null, null, 200);
	}

	private void cockpitUnits() {
		call(SoakKind.COCKPIT_UNITS, this.http, "GET", "/api/analytics/kpis?groupBy=unit&" + this.load.period(),
				staff("analyst1"), null, null, 200);
	}

	/**
	 * One step of the lifecycle on the version last seen; a 409 is read again and, where
	 * the order is still where the step starts (a background check changed it), retried
	 * once with its fresh version. Answers the order's new version, or -1.
	 */
	private int act(SoakKind kind, Order order, String user, String action, String bodyFormat, String from) {
		String path = "/api/orders/" + order.id() + "/" + action;
		Answer answer = send(kind, this.http, "POST", path, staff(user), JSON, body(bodyFormat, order.version()));
		if (answer != null && answer.status() == 409) {
			JsonNode now = call(SoakKind.ORDER_READ, this.http, "GET", "/api/orders/" + order.id(), staff(user), null,
					null, 200);
			if (now == null) {
				return -1;
			}
			if (!from.equals(now.get("status").asString())) {
				this.stats.failure(kind, describe("POST " + path, answer) + "; the order is "
						+ now.get("status").asString() + " now, version " + now.get("version").asInt());
				return -1;
			}
			this.stats.conflictRetried(kind);
			answer = send(kind, this.http, "POST", path, staff(user), JSON,
					body(bodyFormat, now.get("version").asInt()));
		}
		JsonNode changed = expect(kind, "POST " + path, answer, 200);
		return (changed != null) ? changed.get("version").asInt() : -1;
	}

	/**
	 * The answer's JSON when its status is the expected one, else null and a failure
	 * counted.
	 */
	private JsonNode call(SoakKind kind, LoopbackHttp connection, String method, String path, String authorization,
			String type, byte[] body, int expected) {
		return expect(kind, method + " " + path, send(kind, connection, method, path, authorization, type, body),
				expected);
	}

	private JsonNode expect(SoakKind kind, String request, Answer answer, int expected) {
		if (answer == null) {
			return null;
		}
		if (answer.status() != expected) {
			this.stats.failure(kind, describe(request, answer));
			return null;
		}
		try {
			return SoakLoad.JSON.readTree(answer.body());
		}
		catch (RuntimeException ex) {
			this.stats.failure(kind, request + ": " + expected + " with a body that is no JSON: " + ex.getMessage());
			return null;
		}
	}

	/**
	 * Sends one request and counts it; null, with a failure counted, when it got no
	 * answer.
	 */
	private Answer send(SoakKind kind, LoopbackHttp connection, String method, String path, String authorization,
			String type, byte[] body) {
		long started = System.nanoTime();
		try {
			Answer answer = connection.send(method, path, authorization, type, body);
			this.stats.request(kind, System.nanoTime() - started);
			return answer;
		}
		catch (IOException | RuntimeException ex) {
			this.stats.request(kind, System.nanoTime() - started);
			this.stats.failure(kind, method + " " + path + ": no answer, " + ex);
			close(connection);
			return null;
		}
	}

	/**
	 * The status and the problem's detail (or the body's beginning) of a refused request.
	 */
	static String describe(String request, Answer answer) {
		String text = answer.text();
		try {
			JsonNode body = SoakLoad.JSON.readTree(answer.body());
			JsonNode detail = body.isArray() ? body.path(0).path("description") : body.path("detail");
			if (!detail.isMissingNode() && !detail.isNull()) {
				text = detail.asString();
			}
		}
		catch (RuntimeException ex) {
			// not JSON: the text as it came
		}
		return request + ": " + answer.status() + " " + ((text.length() > 300) ? text.substring(0, 300) + "…" : text);
	}

	private String staff(String user) {
		return this.load.authorization(user);
	}

	private LoopbackHttp citizen() {
		return new LoopbackHttp(SoakLoad.HOST, this.load.port, this.load.citizens.next());
	}

	private static byte[] body(String format, int version) {
		return String.format(format, version).getBytes(StandardCharsets.UTF_8);
	}

	/** A reply that says what was done, when and by whom, in one of many wordings. */
	private static String replyText() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String when = String.format(WHEN[random.nextInt(WHEN.length)], 1 + random.nextInt(12), 1 + random.nextInt(28));
		String who = String.format(WHO[random.nextInt(WHO.length)], random.nextInt(10_000_000));
		return "您好，您反映的问题收悉。" + DONE[random.nextInt(DONE.length)] + "，" + when + "。" + who + "。感谢您对我们工作的支持。";
	}

	private static void close(LoopbackHttp connection) {
		try {
			connection.close();
		}
		catch (IOException ex) {
			// closing a broken connection
		}
	}

	private static SoakKind[] mix(Object... kindsAndWeights) {
		List<SoakKind> mix = new ArrayList<>();
		for (int i = 0; i < kindsAndWeights.length; i += 2) {
			for (int w = 0; w < (int) kindsAndWeights[i + 1]; w++) {
				mix.add((SoakKind) kindsAndWeights[i]);
			}
		}
		return mix.toArray(SoakKind[]::new);
	}

}
