package io.hotline.portal;

import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's help for citizens: a category suggested from their own text when they are
 * not sure, and tracking by tracking number and phone (both must match, a wrong pair is
 * answered alike, and guesses are limited).
 */
@HotlineTest
class PortalHelpApiTests {

	@LocalServerPort
	int port;

	@Autowired
	PortalLimits limits;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void forgetAttempts() {
		this.limits.clear();
	}

	@Test
	void suggestsCategoriesFromTheCitizensOwnText() {
		Api citizen = Api.anonymous(this.port);
		Api.Response suggested = citizen.post("/api/public/category-suggestions",
				Map.of("text", "楼下饭店的油烟每天排到我家窗户，气味很大"));
		assertThat(suggested.status()).as(suggested.body().toString()).isEqualTo(200);
		assertThat(suggested.body()).isNotEmpty();
		assertThat(suggested.body().toString()).contains("大气污染");
		Api.Response empty = citizen.inLanguage("en").post("/api/public/category-suggestions", Map.of("text", " "));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.detail()).contains("Describe");
	}

	@Test
	void registersWithoutACategoryWhenTheCitizenIsNotSure() throws Exception {
		String content = "楼下饭店的油烟每天排到我家窗户 " + UUID.randomUUID();
		Map<String, String> fields = new java.util.HashMap<>(PortalClient.fields(this.port, content));
		fields.remove("categoryCode");
		Api.Response receipt = PortalClient.submit(this.port, fields, null);
		assertThat(receipt.status()).as(receipt.body().toString()).isEqualTo(201);
		long id = PortalClient.orderId(this.jdbc, receipt.text("number"));
		JsonNode order = Api.as(this.port, "dispatcher1").get("/api/orders/" + id).body();
		assertThat(order.get("categoryCode").isNull()).as(order.toString()).isTrue();
		assertThat(order.get("title").asString()).as("the text's head alone").isEqualTo(content.substring(0, 40) + "…");
		assertThat(Api.anonymous(this.port)
			.get(receipt.text("link").replace("/portal/track/", "/api/public/orders/"))
			.body()
			.get("categoryCode")
			.isNull()).isTrue();

		fields.put("categoryCode", "NO-SUCH");
		assertThat(PortalClient.submit(this.port, fields, null).status()).isEqualTo(400);
	}

	@Test
	void tracksByNumberAndPhoneAndAnswersAWrongPairAlike() throws Exception {
		Map<String, String> fields = new java.util.HashMap<>(
				PortalClient.fields(this.port, "号码查询 " + UUID.randomUUID()));
		fields.put("phone", "13900006666");
		Api.Response receipt = PortalClient.submit(this.port, fields, null);
		assertThat(receipt.status()).as(receipt.body().toString()).isEqualTo(201);
		String number = receipt.text("number");
		Api citizen = Api.anonymous(this.port);

		Api.Response found = citizen.post("/api/public/tracking", Map.of("number", number, "phone", "139 0000 6666"));
		assertThat(found.status()).as(found.body().toString()).isEqualTo(200);
		assertThat(found.body().get("order").get("number").asString()).isEqualTo(number);
		String link = found.text("link");
		assertThat(link).startsWith("/portal/track/");
		// the link it gives is a private link like the submission's
		JsonNode byLink = citizen.get("/api/public/orders/" + found.text("token")).body();
		assertThat(byLink.get("number").asString()).isEqualTo(number);

		Api.Response wrongPhone = citizen.post("/api/public/tracking",
				Map.of("number", number, "phone", "13900006667"));
		Api.Response wrongNumber = citizen.post("/api/public/tracking",
				Map.of("number", number + "9", "phone", "13900006666"));
		assertThat(wrongPhone.status()).isEqualTo(404);
		assertThat(wrongNumber.status()).isEqualTo(404);
		assertThat(wrongPhone.body().get("detail")).isEqualTo(wrongNumber.body().get("detail"));
		assertThat(citizen.post("/api/public/tracking", Map.of("number", number)).status()).isEqualTo(400);
	}

	@Test
	void limitsGuessesAtNumberAndPhone() {
		Api citizen = Api.anonymous(this.port);
		for (int i = 0; i < 10; i++) {
			assertThat(citizen.post("/api/public/tracking", Map.of("number", "NO-SUCH-" + i, "phone", "1390000" + i))
				.status()).isEqualTo(404);
		}
		Api.Response refused = citizen.post("/api/public/tracking",
				Map.of("number", "NO-SUCH", "phone", "13900001234"));
		assertThat(refused.status()).isEqualTo(429);
	}

}
