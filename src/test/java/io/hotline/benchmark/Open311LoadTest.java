package io.hotline.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's Open311 load creates its requests and finds them again by the searches
 * it measures, whatever the first service is and whether it is public.
 */
@HotlineTest
class Open311LoadTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void createsRequestsAndItsSearchesAnswerThem() throws Exception {
		Open311Load load = new Open311Load(this.port, UUID.randomUUID().toString());
		// one client: concurrent creation is the intake's own matter (its duplicate
		// checks)
		assertThat(load.create(1, 6, "test").failures()).isZero();
		String byNumbers = Open311Load.byNumbers(this.jdbc, 6);
		List<String> numbers = this.jdbc.queryForList(
				"select number from work_order where channel = 'OPEN311' order by id desc limit 6", String.class);

		assertThat(load.search(2, 4, byNumbers).failures()).isZero();
		assertThat(numbers(search(byNumbers))).containsExactlyInAnyOrderElementsOf(numbers);
		JsonNode open = search("requests.json?status=open");
		assertThat(open.size()).isPositive();
		assertThat(numbers(open)).containsAll(numbers);
	}

	private JsonNode search(String query) throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + Open311Load.path(query))).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(answer.body());
	}

	private static List<String> numbers(JsonNode requests) {
		return requests.valueStream().map((request) -> request.get("service_request_id").asString()).toList();
	}

}
