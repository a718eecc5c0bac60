package io.hotline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders over HTTP on the embedded PostgreSQL with the demo users: what the lifecycle and
 * access tests share.
 */
abstract class OrderApiTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	long unit1;

	long unit2;

	@BeforeEach
	void findDemoUnits() {
		JsonNode units = as("admin").get("/api/units").body();
		for (JsonNode unit : units) {
			if (unit.get("code").asString().equals("DEMO-UNIT-1")) {
				this.unit1 = unit.get("id").asLong();
			}
			if (unit.get("code").asString().equals("DEMO-UNIT-2")) {
				this.unit2 = unit.get("id").asLong();
			}
		}
		assertThat(this.unit1).isPositive();
		assertThat(this.unit2).isPositive();
	}

	static <T> List<T> concurrently(int clients, java.util.concurrent.Callable<T> call) throws Exception {
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
		try {
			List<java.util.concurrent.Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				futures.add(pool.submit(call));
			}
			List<T> results = new ArrayList<>();
			for (java.util.concurrent.Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

	String category(String name) {
		for (JsonNode category : as("agent1")
			.get("/api/categories?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
			.body()) {
			if (category.get("name").asString().equals(name)) {
				return category.get("code").asString();
			}
		}
		throw new AssertionError("no category " + name);
	}

	String unitCode(long id) {
		return as("agent1").get("/api/units/" + id).text("code");
	}

	Response register(String type) {
		Response response = as("agent1").post("/api/orders", newOrder(type));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		assertThat(response.text("status")).isEqualTo("REGISTERED");
		return response;
	}

	static Map<String, Object> newOrder(String type) {
		return Map.of("channel", "PHONE", "type", type, "content", "小区楼下餐馆油烟扰民，晚上排放严重", "address", "天河区石牌街道华景社区",
				"urgency", "NORMAL", "caller", Map.of("name", "李四", "phone", "13812345678"));
	}

	Response act(String user, long id, String action, Map<String, Object> body) {
		Response response = as(user).post("/api/orders/" + id + "/" + action, body);
		assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
		return response;
	}

	Response order(String user, long id) {
		return as(user).get("/api/orders/" + id);
	}

	Api as(String user) {
		return Api.as(this.port, user);
	}

	Api as(String user, String password) {
		return Api.as(this.port, user, password);
	}

}
