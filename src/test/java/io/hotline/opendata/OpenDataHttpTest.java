package io.hotline.opendata;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import io.hotline.platform.TaskOptions;
import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@HotlineTest
class OpenDataHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	ExportOpenDataTask task;

	@Test
	void exportsTheMonthsClosedOrdersWithoutPersonalData() throws Exception {
		Api agent = Api.as(this.port, "agent1");
		String phone = "137" + (10_000_000 + (int) (Math.random() * 89_999_999));
		String name = "Caller-" + UUID.randomUUID();
		Response order = agent.post("/api/orders", Map.of("channel", "PHONE", "type", "CONSULTATION", "content",
				"咨询公积金提取流程", "caller", Map.of("name", name, "phone", phone)));
		assertThat(order.status()).isEqualTo(201);
		String number = order.text("number");
		assertThat(agent.post("/api/orders/" + order.id() + "/finish", Map.of("answer", "已告知提取流程")).status())
			.isEqualTo(200);
		String month = YearMonth.now(OpenData.ZONE).toString();

		HttpResponse<String> json = get("analyst1", "/api/open-data/orders?month=" + month + "&format=json");
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body()).contains(number).doesNotContain(phone).doesNotContain(name).doesNotContain("agent1");
		JsonNode document = JsonMapper.builder().build().readTree(json.body());
		assertThat(document.get("month").asString()).isEqualTo(month);
		int count = document.get("count").asInt();
		assertThat(document.get("orders").size()).isEqualTo(count).isPositive();
		JsonNode mine = null;
		for (JsonNode row : document.get("orders")) {
			if (number.equals(row.get("number").asString())) {
				mine = row;
			}
		}
		assertThat(mine).isNotNull();
		assertThat(mine.get("type").asString()).isEqualTo("CONSULTATION");
		assertThat(mine.get("channel").asString()).isEqualTo("PHONE");
		assertThat(mine.has("closedAt")).isTrue();
		assertThat(mine.has("handlingWorkingDays")).isTrue();
		assertThat(mine.has("callerPhone")).isFalse();

		HttpResponse<String> csv = get("supervisor1", "/api/open-data/orders?month=" + month + "&format=csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		String[] lines = csv.body().split("\r\n");
		assertThat(lines[0])
			.isEqualTo("number,categoryCode,categoryPath,type,channel,districtCode,districtName,streetCode,streetName,"
					+ "registeredAt,closedAt,handlingWorkingDays,satisfaction,unitName");
		assertThat(lines).hasSize(count + 1);
		assertThat(csv.body()).contains(number).doesNotContain(phone).doesNotContain(name);
	}

	@Test
	void refusesBadMonthsAndAgents() throws Exception {
		Response bad = Api.as(this.port, "analyst1").get("/api/open-data/orders?month=2026-13&format=json");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.isProblem()).isTrue();
		assertThat(Api.as(this.port, "analyst1").get("/api/open-data/orders?month=2026-10&format=xml").status())
			.isEqualTo(400);
		assertThat(Api.as(this.port, "agent1").get("/api/open-data/orders?month=2026-10").status()).isEqualTo(403);
		assertThat(Api.anonymous(this.port).get("/api/open-data/orders?month=2026-10").status()).isEqualTo(401);
	}

	@Test
	void theCommandWritesBothFiles() throws Exception {
		Path folder = Files.createTempDirectory(Path.of("target"), "open-data-");
		String month = YearMonth.now(OpenData.ZONE).toString();
		assertThat(this.task.run(TaskOptions.of("--month", month, "--output", folder.toString()))).isZero();
		Path csv = folder.resolve("orders-" + month + ".csv");
		Path json = folder.resolve("orders-" + month + ".json");
		assertThat(csv).exists();
		assertThat(json).exists();
		assertThat(Files.readString(csv)).startsWith("number,categoryCode,");
		assertThat(JsonMapper.builder().build().readTree(Files.readString(json)).get("month").asString())
			.isEqualTo(month);
	}

	private HttpResponse<String> get(String user, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
