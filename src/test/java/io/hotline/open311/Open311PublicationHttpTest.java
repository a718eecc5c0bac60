package io.hotline.open311;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a key that reads, Open311 answers only what the hotline publishes: requests of
 * the public types and categories (never a report, never a matter about a person), their
 * texts without personal data, their place as district and street; a search spans at most
 * 90 days. A key that reads sees every request in full.
 */
@HotlineTest
class Open311PublicationHttpTest {

	private static final String READ = "api_key=demo-key";

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "json", "xml" })
	void aPublicRequestIsReadWithoutPersonalDataAndInFullWithAKeyThatReads(String format) {
		String marker = UUID.randomUUID().toString();
		String text = "王小明反映：华乐路12号3栋502房楼下路灯不亮，电话13912345678，邮箱 wxm@example.cn " + marker;
		Map<String, String> form = form(
				Map.of("description", text, "address_string", "越秀区北京街道华乐路12号3栋502房", "lat", "23.1291", "long",
						"113.2644", "address_id", "GZ-HL-12-3-502", "media_url", "https://img.example/p/2.jpg"));
		String number = number(client(format).post("requests", form));
		reply(number, "已修复。如有问题请联系维修员李师傅13700001111。");

		Map<String, Object> published = client(format).get("requests/" + number).first();
		assertThat(published).containsEntry("service_request_id", number)
			.containsEntry("description", "***反映：华乐路12号3栋***房楼下路灯不亮，电话***，邮箱 *** " + marker)
			.containsEntry("status_notes", "已修复。如有问题请联系维修员李师傅***。")
			.containsEntry("address", "越秀区北京街道")
			.containsEntry("lat", "23.13")
			.containsEntry("long", "113.26")
			.containsEntry("address_id", null)
			.containsEntry("media_url", null);
		assertThat(client(format).get("requests?service_request_id=" + number).first()).isEqualTo(published);
		assertThat(client(format).get("requests?status=open").items())
			.extracting((request) -> request.get("service_request_id"))
			.contains(number);

		Map<String, Object> full = client(format).get("requests/" + number + "?" + READ).first();
		assertThat(full).containsEntry("description", text)
			.containsEntry("status_notes", "已修复。如有问题请联系维修员李师傅13700001111。")
			.containsEntry("address", "越秀区北京街道华乐路12号3栋502房")
			.containsEntry("lat", "23.1291")
			.containsEntry("address_id", "GZ-HL-12-3-502")
			.containsEntry("media_url", "https://img.example/p/2.jpg");
	}

	@ParameterizedTest
	@ValueSource(strings = { "json", "xml" })
	void reportsAndMattersAboutPersonsAreNotPublicFromAnyChannel(String format) {
		Open311Client client = client(format);
		String report = number(client.post("requests",
				form(Map.of("description", "举报某单位负责人收受红包 " + UUID.randomUUID(), "attribute[request_type]", "REPORT"))));
		String pension = number(client.post("requests", form(
				Map.of("service_code", client.service("劳动和社会保障"), "description", "我的养老金没到账 " + UUID.randomUUID()))));
		String phoned = phoneOrder("REPORT", client.service("城市建设和市政管理"), "电话举报：小区物业经理挪用维修基金");
		String phonedPension = phoneOrder("COMPLAINT", client.service("劳动和社会保障"), "来电人投诉单位欠缴其社保");
		String public1 = number(client.post("requests", form(Map.of("description", "井盖松动 " + UUID.randomUUID()))));

		for (String hidden : List.of(report, pension, phoned, phonedPension)) {
			Open311Client.Answer lookup = client.get("requests/" + hidden);
			assertThat(lookup.status()).as(hidden).isEqualTo(404);
			assertThat(lookup.field("code")).isEqualTo("404");
			assertThat(client.get("requests/" + hidden + "?" + READ).status()).as(hidden).isEqualTo(200);
		}
		String all = String.join(",", report, pension, phoned, phonedPension, public1);
		assertThat(client.get("requests?service_request_id=" + all).items())
			.extracting((request) -> request.get("service_request_id"))
			.containsExactly(public1);
		assertThat(client.get("requests?" + READ + "&service_request_id=" + all).items()).hasSize(5);
		assertThat(client.get("requests").items()).extracting((request) -> request.get("service_request_id"))
			.contains(public1)
			.doesNotContain(report, pension, phoned, phonedPension);
		assertThat(client.get("requests?" + READ).items()).extracting((request) -> request.get("service_request_id"))
			.contains(public1, report, pension, phoned, phonedPension);
	}

	@ParameterizedTest
	@ValueSource(strings = { "json", "xml" })
	void aPublicSearchSpansAtMostNinetyDays(String format) {
		Open311Client client = client(format);
		Open311Client.Answer tooLong = client
			.get("requests?start_date=2026-01-01T00:00:00%2B08:00&end_date=2026-06-30T00:00:00%2B08:00");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.field("code")).isEqualTo("400");
		assertThat((String) tooLong.field("description")).contains("90");
		assertThat(client.get("requests?start_date=2026-01-01&end_date=2026-03-31").status()).isEqualTo(200);
		assertThat(client.get("requests?" + READ + "&start_date=2026-01-01&end_date=2026-06-30").status())
			.isEqualTo(200);
	}

	@Test
	void anIssuedKeyReadsInFullOnlyWhenIssuedToRead() {
		Api admin = Api.as(this.port, "admin");
		String reader = admin
			.post("/api/open311/clients",
					Map.of("name", "区级平台-" + UUID.randomUUID().toString().substring(0, 8), "read", true))
			.text("key");
		Api.Response issuedWriter = admin.post("/api/open311/clients",
				Map.of("name", "小程序-" + UUID.randomUUID().toString().substring(0, 8)));
		assertThat(issuedWriter.body().get("read").asBoolean()).isFalse();
		String writer = issuedWriter.text("key");
		Open311Client client = client("json");
		String report = number(client.post("requests", form(Map.of("api_key", writer, "description",
				"举报 " + UUID.randomUUID(), "attribute[request_type]", "REPORT"))));

		assertThat(client.get("requests/" + report + "?api_key=" + reader).status()).isEqualTo(200);
		assertThat(client.get("requests/" + report + "?api_key=" + writer).status()).isEqualTo(404);
		assertThat(client.get("requests/" + report + "?api_key=guessed").status()).isEqualTo(403);
		assertThat(admin.get("/api/open311/clients").body().toString()).contains("\"read\":true");

		admin.delete("/api/open311/clients/" + issuedWriter.id());
		assertThat(client.get("requests/" + report + "?api_key=" + writer).status()).isEqualTo(403);
	}

	private String phoneOrder(String type, String category, String content) {
		Api.Response created = Api.as(this.port, "agent1")
			.post("/api/orders",
					Map.of("channel", "PHONE", "type", type, "content", content + " " + UUID.randomUUID(), "address",
							"越秀区北京街道", "categoryCode", category, "caller",
							Map.of("name", "赵六", "phone", "13600000000")));
		assertThat(created.status()).isEqualTo(201);
		return created.text("number");
	}

	/** Dispatches the order to DEMO-UNIT-1, whose handler signs it and replies. */
	private void reply(String number, String content) {
		Api dispatcher = Api.as(this.port, "dispatcher1");
		long id = dispatcher.get("/api/orders?q=" + Open311Client.encode(number))
			.body()
			.get("content")
			.get(0)
			.get("id")
			.asLong();
		long unit = 0;
		for (JsonNode each : dispatcher.get("/api/units").body()) {
			if ("DEMO-UNIT-1".equals(each.get("code").asString())) {
				unit = each.get("id").asLong();
			}
		}
		assertThat(dispatcher.post("/api/orders/" + id + "/dispatch", Map.of("unitIds", List.of(unit))).status())
			.isEqualTo(200);
		Api handler = Api.as(this.port, "unit1");
		assertThat(handler.post("/api/orders/" + id + "/sign", Map.of()).status()).isEqualTo(200);
		assertThat(handler.post("/api/orders/" + id + "/reply", Map.of("content", content, "resolved", true)).status())
			.isEqualTo(200);
	}

	private static String number(Open311Client.Answer created) {
		assertThat(created.status()).as(created.body()).isEqualTo(200);
		return (String) created.field("service_request_id");
	}

	private Open311Client client(String format) {
		return new Open311Client(this.port, format);
	}

	private Map<String, String> form(Map<String, String> fields) {
		return Open311Client.form(client("json").service("城市建设和市政管理"), fields);
	}

}
