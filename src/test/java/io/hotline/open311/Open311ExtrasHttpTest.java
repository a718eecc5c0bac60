package io.hotline.open311;

import java.util.Map;
import java.util.UUID;

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
 * The parts of GeoReport beyond the order's own fields: service attributes, the request's
 * extras (address id, photo URL, e-mail, device, account), the service notice, and the
 * API keys that administrators issue to clients and revoke.
 */
@HotlineTest
class Open311ExtrasHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "json", "xml" })
	void aServiceDefinesItsAttributesFromTheCatalog(String format) {
		Open311Client.Answer definition = client(format).get("services/" + serviceCode());
		assertThat(definition.status()).isEqualTo(200);
		assertThat(definition.body()).contains("request_type", "singlevaluelist", "COMPLAINT", "投诉", "occurred_at",
				"datetime");
		if ("xml".equals(format)) {
			assertThat(definition.body()).contains("<attributes><attribute><variable>true</variable>",
					"<values><value><key>CONSULTATION</key><name>咨询</name></value>");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "json", "xml" })
	void keepsTheExtrasAndAnswersOfARequest(String format) {
		String text = "噪音扰民 " + UUID.randomUUID();
		Map<String, String> form = form(
				Map.of("description", text, "attribute[request_type]", "COMPLAINT", "attribute[occurred_at]",
						"2026-11-20T22:30:00+08:00", "media_url", "https://img.example/p/1.jpg", "address_id",
						"GZ-YX-0001", "email", "citizen@example.cn", "device_id", "device-7", "account_id", "acct-9"));
		form.remove("address_string");
		Open311Client.Answer created = client(format).post("requests", form);
		assertThat(created.status()).isEqualTo(200);
		assertThat(created.field("account_id")).isEqualTo("acct-9");
		assertThat((String) created.field("service_notice")).contains("工作日");
		String number = (String) created.field("service_request_id");

		Map<String, Object> request = client(format).get("requests/" + number + "?api_key=demo-key").first();
		assertThat(request).containsEntry("media_url", "https://img.example/p/1.jpg")
			.containsEntry("address_id", "GZ-YX-0001")
			.containsEntry("address", "GZ-YX-0001");
		assertThat((String) request.get("service_notice")).contains("工作日");
		assertThat(client(format).get("requests?api_key=demo-key&service_request_id=" + number).first())
			.containsEntry("media_url", "https://img.example/p/1.jpg")
			.containsEntry("address_id", "GZ-YX-0001");

		JsonNode order = order(number);
		assertThat(order.get("type").asString()).isEqualTo("COMPLAINT");
		assertThat(order.get("content").asString()).isEqualTo(text);
		Map<String, Object> stored = this.jdbc.sql(
				"select email, device_id, client, attributes->>'request_type' as type, attributes->>'occurred_at' as occurred from open311_request where order_id = ?")
			.param(order.get("id").asLong())
			.query()
			.singleRow();
		assertThat(stored).containsEntry("email", "citizen@example.cn")
			.containsEntry("device_id", "device-7")
			.containsEntry("type", "COMPLAINT")
			.containsEntry("occurred", "2026-11-20T22:30:00+08:00");
		assertThat((String) stored.get("client")).startsWith("configured-");
	}

	@ParameterizedTest
	@ValueSource(strings = { "json", "xml" })
	void refusesBadAttributesAndExtrasAndStoresNothing(String format) {
		String text = "不应保存 " + UUID.randomUUID();
		for (Map<String, String> wrong : java.util.List.of(Map.of("attribute[request_type]", "GOSSIP"),
				Map.of("attribute[colour]", "red"), Map.of("attribute[occurred_at]", "yesterday"),
				Map.of("media_url", "ftp://img.example/1.jpg"), Map.of("device_id", "x".repeat(129)))) {
			Map<String, String> form = form(Map.of("description", text));
			form.putAll(wrong);
			Open311Client.Answer refused = client(format).post("requests", form);
			assertThat(refused.status()).as(wrong.toString()).isEqualTo(400);
			assertThat(refused.field("description").toString()).as(wrong.toString())
				.contains(wrong.keySet().iterator().next().replace("attribute[", "").replace("]", ""));
		}
		assertThat(this.jdbc.sql("select count(*) from work_order where content = ?")
			.param(text)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anIssuedKeyWorksUntilItIsRevoked() {
		String name = "微信小程序-" + UUID.randomUUID().toString().substring(0, 8);
		Api admin = Api.as(this.port, "admin");
		Api.Response issued = admin.post("/api/open311/clients", Map.of("name", name));
		assertThat(issued.status()).isEqualTo(201);
		String key = issued.text("key");
		assertThat(key).hasSizeGreaterThan(20);

		Map<String, String> form = form(Map.of("api_key", key, "description", "新客户端 " + UUID.randomUUID()));
		assertThat(client("json").post("requests", form).status()).isEqualTo(200);
		assertThat(admin.get("/api/open311/clients").body().toString()).contains(name).doesNotContain(key);
		assertThat(this.jdbc.sql("select count(*) from open311_request where client = ?")
			.param(name)
			.query(Long.class)
			.single()).isOne();

		assertThat(admin.post("/api/open311/clients", Map.of("name", name)).status()).isEqualTo(409);
		assertThat(admin.post("/api/open311/clients", Map.of("name", " ")).status()).isEqualTo(400);
		assertThat(Api.as(this.port, "agent1").post("/api/open311/clients", Map.of("name", "x")).status())
			.isEqualTo(403);
		assertThat(Api.as(this.port, "agent1").get("/api/open311/clients").status()).isEqualTo(403);

		Api.Response revoked = admin.delete("/api/open311/clients/" + issued.id());
		assertThat(revoked.status()).isEqualTo(200);
		assertThat(revoked.text("revokedBy")).isEqualTo("admin");
		form.put("description", "吊销后 " + UUID.randomUUID());
		Open311Client.Answer refused = client("json").post("requests", form);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.field("description").toString()).contains("吊销");
		assertThat(admin.delete("/api/open311/clients/999999999").status()).isEqualTo(404);
		assertThat(this.jdbc.sql("select count(*) from audit_log where action like 'open311.client.%' and detail = ?")
			.param(name)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	private JsonNode order(String number) {
		return Open311Client.order(this.port, number);
	}

	private Open311Client client(String format) {
		return new Open311Client(this.port, format);
	}

	private Map<String, String> form(Map<String, String> fields) {
		return Open311Client.form(serviceCode(), fields);
	}

	private String serviceCode() {
		return (String) client("json").get("services").first().get("service_code");
	}

}
