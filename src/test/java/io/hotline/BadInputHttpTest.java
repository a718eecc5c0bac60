package io.hotline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.hotline.portal.PortalLimits;
import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import io.hotline.workorder.FlagKind;
import io.hotline.workorder.OrderFlags;
import io.hotline.workorder.WorkOrderId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad input to every kind of endpoint that takes text: a 400 (413 for a
 * body too large) problem+json whose detail names the field and the problem in words,
 * without Java class names or SQL, and nothing stored changes.
 */
@HotlineTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputHttpTest {

	private static final Pattern JAVA_OR_SQL = Pattern
		.compile("(java|jakarta|tools\\.jackson|com\\.fasterxml|org\\.springframework|org\\.postgresql|io\\.hotline)\\."
				+ "|Exception|ERROR:|SQL|0x00|UTF8|insert into|update |select |\\$[A-Z]|`");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PortalLimits portalLimits;

	@Autowired
	OrderFlags flags;

	private final Map<String, Target> targets = new LinkedHashMap<>();

	private long unit1;

	private long unit2;

	/**
	 * An order in each state that an action needs, an article, a flag, a portal token.
	 */
	@BeforeAll
	void prepare() {
		this.unit1 = unitId("DEMO-UNIT-1");
		this.unit2 = unitId("DEMO-UNIT-2");
		long registered = register();
		long dispatched = register();
		act("dispatcher1", dispatched, "dispatch", Map.of("unitIds", List.of(this.unit1, this.unit2)));
		long handling = handling();
		long extending = handling();
		act("unit1", extending, "extend", Map.of("days", 3, "reason", "需协调"));
		long replied = handling();
		act("unit1", replied, "reply", Map.of("content", "已处理完毕，现场已整改", "resolved", true));
		long flag = this.flags.raise(new WorkOrderId(registered), FlagKind.RISK, "bad-input", List.of(), "测试", null,
				null, "test");
		long article = Api.as(this.port, "admin")
			.post("/api/knowledge/articles", Map.of("title", "坏输入 " + UUID.randomUUID(), "answer", "答"))
			.id();
		long pending = Api.as(this.port, "agent1")
			.post("/api/knowledge/articles", Map.of("title", "待审 " + UUID.randomUUID(), "answer", "答"))
			.id();
		String token = portalToken();

		json("register", "agent1", "/api/orders", "content", 20_000,
				"{\"channel\":\"PHONE\",\"type\":\"HELP\",\"address\":\"天河区石牌街道\",\"content\":%s}");
		json("register.caller", "agent1", "/api/orders", "caller.name", 64,
				"{\"channel\":\"PHONE\",\"type\":\"HELP\",\"content\":\"路灯不亮\",\"caller\":{\"name\":%s}}");
		json("finish", "agent1", "/api/orders/" + registered + "/finish", "answer", 20_000, "{\"answer\":%s}");
		json("dispatch", "dispatcher1", "/api/orders/" + registered + "/dispatch", "note", 5_000,
				"{\"unitIds\":[" + this.unit1 + "],\"note\":%s}");
		json("return", "unit1", "/api/orders/" + dispatched + "/return", "reason", 5_000, "{\"reason\":%s}");
		json("assist", "unit2", "/api/orders/" + dispatched + "/assist", "content", 20_000, "{\"content\":%s}");
		json("extend", "unit1", "/api/orders/" + handling + "/extend", "reason", 5_000, "{\"days\":2,\"reason\":%s}");
		json("approve-extension", "supervisor1", "/api/orders/" + extending + "/approve-extension", "note", 5_000,
				"{\"approved\":true,\"note\":%s}");
		json("reply", "unit1", "/api/orders/" + handling + "/reply", "content", 20_000,
				"{\"resolved\":true,\"content\":%s}");
		json("supervise", "supervisor1", "/api/orders/" + handling + "/supervise", "note", 5_000, "{\"note\":%s}");
		json("send-back-reply", "supervisor1", "/api/orders/" + replied + "/send-back-reply", "reason", 5_000,
				"{\"reason\":%s}");
		json("callback", "callback1", "/api/orders/" + replied + "/callback", "comment", 5_000,
				"{\"satisfaction\":\"SATISFIED\",\"resolved\":true,\"comment\":%s}");
		json("judge", "supervisor1", "/api/flags/" + flag + "/judge", "note", 5_000,
				"{\"verdict\":\"DISMISSED\",\"note\":%s}");
		json("article", "agent1", "/api/knowledge/articles", "answer", 10_000, "{\"title\":\"标题\",\"answer\":%s}");
		json("article.questions", "agent1", "/api/knowledge/articles", "questions", 200,
				"{\"title\":\"标题\",\"answer\":\"答\",\"questions\":[\"好\",%s]}");
		this.targets.put("article.edit",
				new Target("answer", 10_000,
						(body) -> Api.as(this.port, "admin").put("/api/knowledge/articles/" + article, body, "\"1\""),
						"{\"title\":\"标题\",\"answer\":%s}"));
		json("review", "admin", "/api/knowledge/articles/" + pending + "/review", "note", 500,
				"{\"approved\":false,\"note\":%s}");
		json("feedback", "agent1", "/api/knowledge/articles/" + article + "/feedback", "query", 2_000,
				"{\"helpful\":true,\"query\":%s}");
		this.targets.put("portal.rating",
				new Target("comment", 500,
						(body) -> Api.anonymous(this.port).post("/api/public/orders/" + token + "/rating", body),
						"{\"satisfaction\":\"SATISFIED\",\"comment\":%s}"));
	}

	@BeforeEach
	void forgetPortalAttempts() {
		this.portalLimits.clear();
	}

	Stream<Arguments> textCases() {
		List<Arguments> cases = new ArrayList<>();
		for (String target : this.targets.keySet()) {
			for (Bad bad : Bad.values()) {
				cases.add(Arguments.of(target, bad));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("textCases")
	void refusesBadTextNamingTheFieldAndStoresNothing(String name, Bad bad) {
		Target target = this.targets.get(name);
		String before = stored();
		Response answer = target.send().apply(bad.body(target));
		assertRefused(answer, 400);
		// the form's name of the field where the common problem names it, else the API's
		assertThat(answer.detail()).containsAnyOf(bad.field(target), "'" + target.field());
		assertThat(answer.detail()).contains(bad.problem(target));
		assertThat(stored()).as("nothing stored changed").isEqualTo(before);
	}

	Stream<Arguments> parameterCases() {
		return Stream.of(Arguments.of("/api/knowledge/search?q=", "agent1"), Arguments.of("/api/orders?q=", "agent1"),
				Arguments.of("/api/public/categories?q=", null),
				Arguments.of("/api/knowledge/recommend?text=", "agent1"),
				Arguments.of("/api/public/knowledge/search?q=", null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("parameterCases")
	void refusesAControlCharacterInAQueryParameter(String path, String user) {
		Api api = (user == null) ? Api.anonymous(this.port) : Api.as(this.port, user);
		String before = stored();
		for (String value : List.of("%00", "a%00b", "%07", "a%1Bb")) {
			Response answer = api.inLanguage("en").get(path + value);
			assertRefused(answer, 400);
			String parameter = path.substring(path.indexOf('?') + 1, path.length() - 1);
			assertThat(answer.detail()).contains("'" + parameter + "'").contains("control character");
		}
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void refusesBadTextInABodyReadAsATreeOrAsText() {
		Api user = Api.withRole(io.hotline.org.Role.AGENT, this.port, this.jdbc);
		String username = user.get("/api/me").text("username");
		Api admin = Api.as(this.port, "admin").inLanguage("en");
		Response name = admin.put("/api/users/" + username, "{\"displayName\":\"a\\u0000b\"}");
		assertRefused(name, 400);
		assertThat(name.detail()).contains("'displayName'").contains("control character");
		Response role = admin.put("/api/users/" + username, "{\"roles\":[\"AGENT\",\"\\uD800\"]}");
		assertRefused(role, 400);
		assertThat(role.detail()).contains("'roles[1]'").contains("not well-formed");
		assertThat(user.get("/api/me").text("displayName")).isEqualTo(username);
		Response template = Api.as(this.port, "supervisor1")
			.inLanguage("en")
			.put("/api/analytics/reports/templates/weekly", "<html>\u0000</html>");
		assertRefused(template, 400);
		assertThat(template.detail()).contains("'body'");
	}

	@Test
	void refusesAControlCharacterInAPathVariable() {
		Response answer = Api.as(this.port, "agent1").inLanguage("en").get("/api/cti/calls/a%07b");
		assertRefused(answer, 400);
		assertThat(answer.detail()).contains("'callId'").contains("control character");
	}

	@Test
	void answersOpen311InItsOwnListOfErrors() {
		Response answer = Api.anonymous(this.port).inLanguage("en").get("/open311/v2/requests.json?status=open%00");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body().get(0).get("description").asString()).contains("'status'")
			.contains("control character");
	}

	@Test
	void refusesAControlCharacterInAPortalFormField() throws Exception {
		String before = stored();
		Map<String, String> fields = portalFields("油烟\u0000扰民");
		HttpResponse<String> answer = multipart("/api/public/orders", fields, null, false);
		assertRefused(response(answer), 400);
		assertThat(response(answer).detail()).contains("'content'").contains("control character");
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void refusesAControlCharacterInAnImportedFileNamingItsRow() {
		String before = stored();
		String csv = "标题,答案\n导入 " + UUID.randomUUID() + ",答\u0000案\n";
		Response answer = Api.as(this.port, "admin")
			.inLanguage("en")
			.upload("/api/knowledge/import", "file", "kb.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertRefused(answer, 400);
		JsonNode error = answer.body().get("errors").get(0);
		assertThat(error.get("row").asInt()).isEqualTo(2);
		assertThat(error.get("field").asString()).isEqualTo("答案");
		assertThat(error.get("message").asString()).contains("control character");
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void explainsAnUnreadableImportFileWithoutJavaNames() {
		Response answer = Api.as(this.port, "admin")
			.inLanguage("en")
			.upload("/api/knowledge/import", "file", "kb.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8));
		assertRefused(answer, 400);
		assertThat(answer.detail()).contains("kb.xlsx").doesNotContain("Channel", "Zip");
	}

	@Test
	void answersAMultipartBodyCutShortAs400Problem() throws Exception {
		String before = stored();
		Response portal = response(multipart("/api/public/orders", portalFields("路灯不亮"), null, true));
		assertRefused(portal, 400);
		assertThat(portal.detail()).contains("multipart");
		Response knowledge = response(
				multipart("/api/knowledge/import", Map.of(), "标题,答案\n题,答\n".getBytes(StandardCharsets.UTF_8), true));
		assertRefused(knowledge, 400);
		assertThat(knowledge.detail()).contains("multipart");
		assertThat(stored()).isEqualTo(before);
	}

	Stream<Arguments> shapeCases() {
		String order = "{\"channel\":\"PHONE\",\"type\":\"HELP\",\"content\":\"路灯不亮\",";
		return Stream.of(
				Arguments.of("agent1", "/api/orders", order + "\"urgency\":\"SOON\"}", "'urgency'",
						"expected one of NORMAL, URGENT, VERY_URGENT"),
				Arguments.of("agent1", "/api/orders", order + "\"channel\":\"FAX\"}", "'channel'",
						"expected one of PHONE, WEB"),
				Arguments.of("agent1", "/api/orders", order + "\"caller\":\"李四\"}", "'caller'",
						"expected a JSON object"),
				Arguments.of("agent1", "/api/orders", order + "\"point\":{\"lat\":\"north\",\"lon\":113}}",
						"'point.lat'", "expected a number"),
				Arguments.of("agent1", "/api/orders", order + "\"content\":[\"a\"]}", "'content'", "expected text"),
				Arguments.of("agent1", "/api/orders", order + "\"point\":{\"lat\":95,\"lon\":113}}", "95", "113"),
				Arguments.of("agent1", "/api/orders", "{\"content\": \"路灯", "not valid JSON", "line 1"),
				Arguments.of("agent1", "/api/orders", "{content: 1}", "not valid JSON", "column"),
				Arguments.of("agent1", "/api/orders", "[1, 2]", "must be a JSON object", ""),
				Arguments.of("agent1", "/api/orders", "\"路灯不亮\"", "must be a JSON object", ""),
				Arguments.of("unit1", "/api/orders/1/reply", "{\"content\":\"好\",\"resolved\":\"maybe\"}", "'resolved'",
						"expected true or false"),
				Arguments.of("unit1", "/api/orders/1/extend", "{\"days\":\"three\",\"reason\":\"r\"}", "'days'",
						"expected a whole number"),
				Arguments.of("unit1", "/api/orders/1/extend", "{\"days\":2.5,\"reason\":\"r\"}", "'days'",
						"expected a whole number"),
				Arguments.of("unit1", "/api/orders/1/sign", "{\"version\":\"latest\"}", "'version'",
						"expected a whole number"),
				Arguments.of("callback1", "/api/orders/1/callback", "{\"satisfaction\":\"HAPPY\",\"resolved\":true}",
						"'satisfaction'", "expected one of SATISFIED, BASICALLY_SATISFIED, DISSATISFIED"),
				Arguments.of("agent1", "/api/knowledge/articles",
						"{\"title\":\"t\",\"answer\":\"a\",\"questions\":\"q\"}", "'questions'", "expected a list"),
				Arguments.of("agent1", "/api/knowledge/articles",
						"{\"title\":\"t\",\"answer\":\"a\",\"public\":\"yes\"}", "'public'", "expected true or false"),
				Arguments.of(null, "/api/public/orders/x/rating", "{\"satisfaction\":\"GOOD\"}", "'satisfaction'",
						"expected one of SATISFIED, BASICALLY_SATISFIED, DISSATISFIED"));
	}

	@ParameterizedTest(name = "{1} {2}")
	@MethodSource("shapeCases")
	void explainsAWrongShapeInWordsWithoutJavaNames(String user, String path, String body, String names,
			String expected) {
		Api api = (user == null) ? Api.anonymous(this.port) : Api.as(this.port, user);
		String before = stored();
		Response answer = api.inLanguage("en").post(path, body);
		assertRefused(answer, 400);
		assertThat(answer.detail()).contains(names).contains(expected);
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void explainsAWrongQueryParameterInWords() {
		Response page = Api.as(this.port, "agent1").inLanguage("en").get("/api/orders?page=first");
		assertRefused(page, 400);
		assertThat(page.detail()).contains("'page'").contains("expected a whole number");
	}

	@Test
	void refusesAJsonBodyOverTwoMegabytes() throws Exception {
		String before = stored();
		String big = "{\"channel\":\"PHONE\",\"type\":\"HELP\",\"content\":\"" + "x".repeat(2_200_000) + "\"}";
		Response withLength = Api.as(this.port, "agent1").inLanguage("en").post("/api/orders", big);
		assertRefused(withLength, 413);
		assertThat(withLength.detail()).contains("2 MB");
		HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/orders"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			.header("Authorization", basic("agent1"))
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
			.build();
		Response streamed = response(HTTP.send(chunked, HttpResponse.BodyHandlers.ofString()));
		assertRefused(streamed, 413);
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void refusesAnArticleEditThatNamesNoVersion() {
		Api admin = Api.as(this.port, "admin").inLanguage("en");
		long id = admin.post("/api/knowledge/articles", Map.of("title", "版本 " + UUID.randomUUID(), "answer", "答")).id();
		Map<String, Object> edit = Map.of("title", "改过的标题", "answer", "改过的答案");
		Response blind = admin.put("/api/knowledge/articles/" + id, edit);
		assertRefused(blind, 428);
		assertThat(blind.detail()).contains("version").contains("If-Match");
		assertThat(admin.get("/api/knowledge/articles/" + id).body().get("version").asInt()).isEqualTo(1);
		Response stale = admin.put("/api/knowledge/articles/" + id, edit, "\"7\"");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.isProblem()).isTrue();
		Response current = admin.put("/api/knowledge/articles/" + id, edit, "\"1\"");
		assertThat(current.status()).isEqualTo(200);
		assertThat(current.body().get("version").asInt()).isEqualTo(2);
	}

	private void assertRefused(Response answer, int status) {
		assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(status);
		assertThat(answer.isProblem()).as(answer.contentType()).isTrue();
		assertThat(answer.detail()).isNotBlank().doesNotContainPattern(JAVA_OR_SQL);
	}

	/** What a refused request must leave as it was. */
	private String stored() {
		return this.jdbc.sql("""
				select concat_ws('/', (select count(*) from work_order), (select count(*) from work_order_event),
				    (select sum(version) from work_order), (select count(*) from order_flag where status <> 'OPEN'),
				    (select count(*) from knowledge_article), (select sum(version) from knowledge_article),
				    (select count(*) from knowledge_article where reviewed_at is not null),
				    (select count(*) from knowledge_usage), (select count(*) from portal_submission),
				    (select count(*) from portal_rating))""").query(String.class).single();
	}

	/** A JSON text field: the body is the template with the text as its JSON literal. */
	private void json(String name, String user, String path, String field, int max, String template) {
		this.targets.put(name, new Target(field, max, (body) -> Api.as(this.port, user).post(path, body), template));
	}

	/** An endpoint that takes a text field, and the most characters it takes there. */
	record Target(String field, int max, Function<String, Response> post, String template) {

		Function<String, Response> send() {
			return (body) -> this.post.apply(body);
		}

	}

	/** The kinds of bad text, each as the JSON literal a client sends. */
	private static final java.util.Properties FORM_NAMES = formNames();

	private static java.util.Properties formNames() {
		java.util.Properties names = new java.util.Properties();
		try (var in = BadInputHttpTest.class.getResourceAsStream("/i18n/fields.properties")) {
			names.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return names;
	}

	enum Bad {

		NUL("\"a\\u0000b\"", "control character"), BELL("\"\\u0007\"", "control character"),
		ESCAPE("\"x\\u001Bx\"", "control character"), LONE_HIGH_SURROGATE("\"a\\uD800b\"", "not well-formed"),
		LONE_LOW_SURROGATE("\"\\uDC00\"", "not well-formed"), TOO_LONG(null, null);

		private final String literal;

		private final String problem;

		Bad(String literal, String problem) {
			this.literal = literal;
			this.problem = problem;
		}

		String body(Target target) {
			String text = (this.literal != null) ? this.literal : "\"" + "长".repeat(target.max() + 1) + "\"";
			return target.template().formatted(text);
		}

		/**
		 * The start of the field's name as quoted: an item of a list is named with its
		 * index.
		 */
		String field(Target target) {
			if (this == TOO_LONG) {
				// a form's field too long is named as the form names it (电话号码, not
				// caller.phone), where the dictionary has it
				String name = FORM_NAMES.getProperty("field." + target.field());
				return "'" + ((name != null) ? name : target.field());
			}
			return "'" + target.field();
		}

		/** In Chinese, the default language: the field and what is wrong with it. */
		String problem(Target target) {
			return switch (this) {
				case TOO_LONG -> Integer.toString(target.max());
				case NUL, BELL, ESCAPE -> "控制字符";
				default -> "格式不正确";
			};
		}

	}

	private long unitId(String code) {
		for (JsonNode unit : Api.as(this.port, "admin").get("/api/units").body()) {
			if (unit.get("code").asString().equals(code)) {
				return unit.get("id").asLong();
			}
		}
		throw new AssertionError(code);
	}

	private long register() {
		Response order = Api.as(this.port, "agent1")
			.post("/api/orders",
					Map.of("channel", "PHONE", "type", "COMPLAINT", "content", "坏输入测试 " + UUID.randomUUID(), "address",
							"天河区石牌街道", "caller",
							Map.of("name", "王五", "phone", "139" + (10_000_000 + (int) (Math.random() * 89_999_999)))));
		assertThat(order.status()).as(order.body().toString()).isEqualTo(201);
		return order.id();
	}

	private long handling() {
		long id = register();
		act("dispatcher1", id, "dispatch", Map.of("unitIds", List.of(this.unit1)));
		act("unit1", id, "sign", Map.of());
		return id;
	}

	private void act(String user, long id, String action, Map<String, Object> body) {
		Response answer = Api.as(this.port, user).post("/api/orders/" + id + "/" + action, body);
		assertThat(answer.status()).as(action + ": " + answer.body()).isEqualTo(200);
	}

	/** A portal request answered by the staff, and its private token. */
	private String portalToken() {
		try {
			this.portalLimits.clear();
			Response receipt = response(multipart("/api/public/orders", portalFields("门口路灯坏了"), null, false));
			assertThat(receipt.status()).as(String.valueOf(receipt.body())).isEqualTo(201);
			long id = this.jdbc.sql("select id from work_order where number = ?")
				.param(receipt.text("number"))
				.query(Long.class)
				.single();
			act("dispatcher1", id, "dispatch", Map.of("unitIds", List.of(this.unit1)));
			act("unit1", id, "sign", Map.of());
			act("unit1", id, "reply", Map.of("content", "路灯已修复，恢复照明", "resolved", true));
			return receipt.text("token");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, String> portalFields(String content) {
		String category = Api.anonymous(this.port)
			.get("/api/public/categories?q=" + URLEncoder.encode("环境卫生", StandardCharsets.UTF_8))
			.body()
			.get(0)
			.get("code")
			.asString();
		return Map.of("categoryCode", category, "content", content, "address", "天河区林和西路9号");
	}

	/**
	 * A multipart form as a browser sends it (as admin, which the portal ignores), with a
	 * file part when given, or cut short in the middle of its last part.
	 */
	private HttpResponse<String> multipart(String path, Map<String, String> fields, byte[] file, boolean cutShort)
			throws Exception {
		String boundary = "----bad" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		if (file != null) {
			body.writeBytes(("--" + boundary
					+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kb.csv\"\r\nContent-Type: text/csv\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		byte[] bytes = body.toByteArray();
		if (cutShort) {
			bytes = java.util.Arrays.copyOf(bytes, bytes.length - boundary.length() - 12);
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept-Language", "en")
			.header("Authorization", basic("admin"))
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static Response response(HttpResponse<String> answer) {
		String body = answer.body();
		return new Response(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""),
				(body == null || body.isBlank()) ? JSON.nullNode() : JSON.readTree(body));
	}

	private static String basic(String user) {
		return "Basic "
				+ java.util.Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

}
