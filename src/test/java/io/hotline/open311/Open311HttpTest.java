package io.hotline.open311;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@HotlineTest
class Open311HttpTest {

	/** The query of a key that reads every request in full. */
	private static final String READ = "?api_key=demo-key";

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "json", "xml" })
	void discoversTheEndpointAndItsFormats(String format) {
		Open311Client.Answer discovery = client(format).get("discovery");
		assertThat(discovery.status()).isEqualTo(200);
		assertThat(discovery.contentType()).startsWith("json".equals(format) ? "application/json" : "text/xml");
		assertThat(discovery.field("changeset")).isNotNull();
		assertThat(discovery.body()).contains("http://wiki.open311.org/GeoReport_v2", "/open311/v2", "text/xml");
	}

	@ParameterizedTest
	@ValueSource(strings = { "json", "xml" })
	void listsTheLevelThreeCategoriesAsServices(String format) {
		Open311Client.Answer services = client(format).get("services");
		assertThat(services.status()).isEqualTo(200);
		assertThat(services.items()).isNotEmpty().allSatisfy((service) -> {
			assertThat(service.get("service_code").toString()).hasSize(6);
			assertThat(service).containsKeys("service_name", "description", "metadata", "type", "keywords", "group");
			assertThat(service.get("type")).isEqualTo("realtime");
			assertThat(service.get("metadata")).isEqualTo("true");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "json", "xml" })
	void definesAServiceAndAnswers404ForAnUnknownOne(String format) {
		String code = serviceCode();
		Open311Client.Answer definition = client(format).get("services/" + code);
		assertThat(definition.status()).isEqualTo(200);
		assertThat(definition.field("service_code")).isEqualTo(code);
		assertThat(definition.first()).containsKey("attributes");
		Open311Client.Answer unknown = client(format).get("services/999999");
		assertThat(unknown.status()).isEqualTo(404);
		assertError(unknown, 404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "json", "xml" })
	void createsARequestThatReadsOpenAndGetsAnExpectedTimeOnceDispatched(String format) {
		String text = "路灯不亮 " + UUID.randomUUID();
		Open311Client.Answer created = client(format).post("requests", form(Map.of("description", text)));
		assertThat(created.status()).isEqualTo(200);
		String number = (String) created.field("service_request_id");
		assertThat(number).isNotBlank();

		Map<String, Object> request = client(format).get("requests/" + number + READ).first();
		assertThat(request).containsEntry("service_request_id", number)
			.containsEntry("status", "open")
			.containsEntry("description", text)
			.containsEntry("service_code", serviceCode())
			.containsEntry("address", "越秀区北京街道")
			.containsKeys("status_notes", "agency_responsible", "updated_datetime", "lat", "long", "media_url");
		assertThat(request.get("expected_datetime")).isNull();

		dispatch(number);
		Map<String, Object> dispatched = client(format).get("requests/" + number + READ).first();
		assertThat(dispatched.get("expected_datetime")).isNotNull();
		assertThat(dispatched.get("agency_responsible")).isNotNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "json", "xml" })
	void keepsTheCoordinatesOfARequestWithoutAddress(String format) {
		Map<String, String> form = form(
				Map.of("lat", "23.1291", "long", "113.2644", "description", "井盖缺失 " + UUID.randomUUID()));
		form.remove("address_string");
		String number = (String) client(format).post("requests", form).field("service_request_id");
		Map<String, Object> request = client(format).get("requests/" + number + READ).first();
		assertThat(request.get("lat")).isEqualTo("23.1291");
		assertThat(request.get("long")).isEqualTo("113.2644");
		form.put("lat", "123.5");
		assertError(client(format).post("requests", form), 400);
		form.put("lat", "north");
		assertError(client(format).post("requests", form), 400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "json", "xml" })
	void aRetriedFormAnswersTheSameRequestAndItsToken(String format) {
		Map<String, String> form = form(Map.of("description", "重试 " + UUID.randomUUID()));
		Open311Client.Answer first = client(format).post("requests", form);
		Open311Client.Answer again = client(format).post("requests", form);
		assertThat(again.field("service_request_id")).isEqualTo(first.field("service_request_id"));
		Open311Client.Answer token = client(format).get("tokens/" + ServiceRequests.token(form));
		assertThat(token.status()).isEqualTo(200);
		assertThat(token.field("service_request_id")).isEqualTo(first.field("service_request_id"));
		assertThat(client(format).get("tokens/nothing").status()).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "json", "xml" })
	void refusesAMissingOrWrongKeyAndABadService(String format) {
		Map<String, String> form = form(Map.of("description", "no key"));
		form.remove("api_key");
		assertError(client(format).post("requests", form), 403);
		form.put("api_key", "wrong");
		assertError(client(format).post("requests", form), 403);
		Map<String, String> noService = form(Map.of());
		noService.remove("service_code");
		assertError(client(format).post("requests", noService), 400);
		assertError(client(format).post("requests", form(Map.of("service_code", "999999"))), 404);
		Map<String, String> nowhere = form(Map.of());
		nowhere.remove("address_string");
		assertError(client(format).post("requests", nowhere), 400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "json", "xml" })
	void searchesByIdsStatusAndDates(String format) {
		Open311Client client = client(format);
		String one = (String) client.post("requests", form(Map.of("description", "一 " + UUID.randomUUID())))
			.field("service_request_id");
		String two = (String) client.post("requests", form(Map.of("description", "二 " + UUID.randomUUID())))
			.field("service_request_id");

		assertThat(client.get("requests" + READ + "&service_request_id=" + one + "," + two).items())
			.extracting((request) -> request.get("service_request_id"))
			.containsExactlyInAnyOrder(one, two);
		assertThat(client.get("requests" + READ + "&status=open&service_code=" + serviceCode()).items())
			.extracting((request) -> request.get("service_request_id"))
			.contains(one, two);
		assertThat(client.get("requests?status=closed").items())
			.allSatisfy((request) -> assertThat(request.get("status")).isEqualTo("closed"));
		String today = LocalDate.now(RequestFields.ZONE).toString();
		assertThat(client.get("requests" + READ + "&start_date=" + today + "T00:00:00%2B08:00").items())
			.extracting((request) -> request.get("service_request_id"))
			.contains(one, two);
		assertThat(client.get("requests?end_date=2001-01-01T00:00:00Z").items()).isEmpty();
		assertThat(client.get("requests").items()).hasSizeLessThanOrEqualTo(1000);
		assertError(client.get("requests?status=pending"), 400);
		assertError(client.get("requests?start_date=yesterday"), 400);
		assertError(client.get("requests/NOPE-1"), 404);
	}

	private Open311Client client(String format) {
		return new Open311Client(this.port, format);
	}

	private Map<String, String> form(Map<String, String> fields) {
		Map<String, String> form = new HashMap<>(Map.of("api_key", "demo-key", "service_code", serviceCode(),
				"address_string", "越秀区北京街道", "description", "Open311", "first_name", "小明", "last_name", "王"));
		form.putAll(fields);
		return form;
	}

	private String serviceCode() {
		return (String) client("json").get("services").first().get("service_code");
	}

	private void dispatch(String number) {
		JsonNode found = Api.as(this.port, "dispatcher1").get("/api/orders?q=" + Open311Client.encode(number)).body();
		long id = found.get("content").get(0).get("id").asLong();
		long unit = 0;
		for (JsonNode each : Api.as(this.port, "dispatcher1").get("/api/units").body()) {
			if ("DEMO-UNIT-1".equals(each.get("code").asString())) {
				unit = each.get("id").asLong();
			}
		}
		assertThat(Api.as(this.port, "dispatcher1")
			.post("/api/orders/" + id + "/dispatch", Map.of("unitIds", List.of(unit)))
			.status()).isEqualTo(200);
	}

	private static void assertError(Open311Client.Answer answer, int status) {
		assertThat(answer.status()).isEqualTo(status);
		assertThat(answer.items()).hasSize(1);
		assertThat(answer.field("code")).isEqualTo(Integer.toString(status));
		assertThat(answer.field("description").toString()).isNotBlank();
	}

}
