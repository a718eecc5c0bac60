package io.hotline.open311;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.hotline.platform.Secrets;
import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What GeoReport clients written by others count on (Code for America's and CUTR's
 * clients, the specification's JSON schemas): a created request answers its id without a
 * token, an unknown service is 404, a search takes a list of services; a wrong optional
 * contact field does not lose the report, and the attributes stay out of the description.
 */
@HotlineTest
class Open311ClientCompatibilityHttpTest {

	private static final String READ = "api_key=demo-key";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "json", "xml" })
	void aCreatedRequestAnswersItsIdAloneAndATokenHandedOutBeforeStillFindsIt(String format) {
		Map<String, String> form = form(Map.of("description", "只要编号 " + UUID.randomUUID()));
		Open311Client.Answer created = client(format).post("requests", form);
		assertThat(created.status()).isEqualTo(200);
		assertThat(created.items()).hasSize(1);
		assertThat(created.first()).containsOnlyKeys("service_request_id", "service_notice", "account_id");
		String number = (String) created.field("service_request_id");
		assertThat(number).isNotBlank();
		assertThat(created.body()).doesNotContain("token");

		// the token that the answer carried before: a digest of the whole form
		String token = Secrets.sha256(new TreeMap<>(form).toString()).substring(0, 40);
		Open311Client.Answer found = client(format).get("tokens/" + token);
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.first()).containsEntry("service_request_id", number).containsEntry("token", token);
	}

	@ParameterizedTest
	@ValueSource(strings = { "json", "xml" })
	void anUnknownServiceIs404WithTheErrorsBody(String format) {
		String text = "未知服务 " + UUID.randomUUID();
		Open311Client.Answer refused = client(format).post("requests",
				form(Map.of("service_code", "999999", "description", text)));
		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.items()).hasSize(1);
		assertThat(refused.field("code")).isEqualTo("404");
		assertThat((String) refused.field("description")).contains("999999");
		assertThat(stored(text)).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "json", "xml" })
	void aSearchTakesACommaSeparatedListOfServices(String format) {
		Open311Client client = client(format);
		String lights = client.service("城市建设和市政管理");
		String noise = client.service("环境污染");
		String one = (String) client
			.post("requests", form(Map.of("service_code", lights, "description", "甲 " + UUID.randomUUID())))
			.field("service_request_id");
		String two = (String) client
			.post("requests", form(Map.of("service_code", noise, "description", "乙 " + UUID.randomUUID())))
			.field("service_request_id");
		assertThat(client.get("requests?" + READ + "&service_code=" + lights + "," + noise).items())
			.extracting((request) -> request.get("service_request_id"))
			.contains(one, two);
		assertThat(client.get("requests?" + READ + "&service_code=" + lights + ",%20" + noise).items())
			.extracting((request) -> request.get("service_code"))
			.containsOnly(lights, noise);
		assertThat(client.get("requests?" + READ + "&service_code=" + noise).items())
			.extracting((request) -> request.get("service_request_id"))
			.contains(two)
			.doesNotContain(one);
	}

	@Test
	void aWrongOptionalContactFieldIsLeftOutAndNotedAndTheReportKept() {
		String text = "联系方式有误 " + UUID.randomUUID();
		Map<String, String> form = form(
				Map.of("description", text, "email", "null", "phone", "not-a-phone", "first_name", "名".repeat(70)));
		Open311Client.Answer created = client("json").post("requests", form);
		assertThat(created.status()).isEqualTo(200);
		JsonNode order = order((String) created.field("service_request_id"));
		assertThat(order.get("content").asString()).isEqualTo(text);
		assertThat(order.get("caller").get("phone").isNull()).isTrue();
		assertThat(order.get("caller").get("name").isNull()).isTrue();

		JsonNode submitted = Api.as(this.port, "agent1")
			.get("/api/orders/" + order.get("id").asLong() + "/open311")
			.body();
		assertThat(submitted.get("email").isNull()).isTrue();
		assertThat(submitted.get("ignored").get("email").asString()).isEqualTo("null");
		assertThat(submitted.get("ignored").get("phone").asString()).isEqualTo("not-a-phone");
		assertThat(submitted.get("ignored").get("first_name").asString()).startsWith("名名名");
		// those who do not see callers in full see which fields, not the values
		JsonNode masked = Api.as(this.port, "dispatcher1")
			.get("/api/orders/" + order.get("id").asLong() + "/open311")
			.body();
		assertThat(masked.get("ignored").get("phone").asString()).isEqualTo("***");

		Map<String, String> malformed = form(Map.of("description", "邮箱有误 " + UUID.randomUUID(), "email",
				"citizen-at-example.cn", "phone", "13800138000"));
		Open311Client.Answer kept = client("xml").post("requests", malformed);
		assertThat(kept.status()).isEqualTo(200);
		JsonNode second = order((String) kept.field("service_request_id"));
		assertThat(second.get("caller").get("phone").asString()).isEqualTo("13800138000");
		assertThat(this.jdbc.sql("select ignored->>'email' from open311_request where order_id = ?")
			.param(second.get("id").asLong())
			.query(String.class)
			.single()).isEqualTo("citizen-at-example.cn");
	}

	@ParameterizedTest
	@ValueSource(strings = { "json", "xml" })
	void theAttributesStayApartFromTheDescriptionAndAreReadBackAsTheirOwnField(String format) {
		String text = "夜间施工噪音 " + UUID.randomUUID();
		Open311Client.Answer created = client(format).post("requests", form(Map.of("description", text,
				"attribute[occurred_at]", "2026-11-20T22:30:00+08:00", "attribute[request_type]", "COMPLAINT")));
		String number = (String) created.field("service_request_id");

		Map<String, Object> read = client(format).get("requests/" + number + "?" + READ).first();
		assertThat(read).containsEntry("description", text).doesNotContainKey("extended_attributes");
		Open311Client.Answer withExtensions = client(format)
			.get("requests/" + number + "?" + READ + "&extensions=true");
		assertThat(withExtensions.body()).contains("extended_attributes", "occurred_at", "request_type");
		Map<String, Object> extended = withExtensions.first();
		assertThat(extended).containsEntry("description", text);
		assertThat((String) extended.get("extended_attributes")).contains("2026-11-20T22:30:00+08:00", "COMPLAINT");
		assertThat(client(format).get("requests?" + READ + "&extensions=true&service_request_id=" + number).first())
			.isEqualTo(extended);

		JsonNode order = order(number);
		assertThat(order.get("content").asString()).isEqualTo(text);
		JsonNode submitted = Api.as(this.port, "agent1")
			.get("/api/orders/" + order.get("id").asLong() + "/open311")
			.body();
		assertThat(submitted.get("attributes").get("occurred_at").asString()).isEqualTo("2026-11-20T22:30:00+08:00");
		assertThat(submitted.get("attributes").get("request_type").asString()).isEqualTo("COMPLAINT");
	}

	private long stored(String content) {
		return this.jdbc.sql("select count(*) from work_order where content = ?")
			.param(content)
			.query(Long.class)
			.single();
	}

	private JsonNode order(String number) {
		return Open311Client.order(this.port, number);
	}

	private Open311Client client(String format) {
		return new Open311Client(this.port, format);
	}

	private Map<String, String> form(Map<String, String> fields) {
		return Open311Client.form(client("json").service("城市建设和市政管理"), fields);
	}

}
