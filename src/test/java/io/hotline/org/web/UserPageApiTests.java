package io.hotline.org.web;

import java.util.ArrayList;
import java.util.List;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrators' list of accounts, paged on the server: filtered by name and role,
 * sorted by a column, with the number of all that match; for administrators only.
 */
@HotlineTest
class UserPageApiTests {

	@LocalServerPort
	int port;

	@Test
	void pagesSortsAndFiltersTheAccounts() {
		Api admin = Api.as(this.port, "admin");
		JsonNode all = admin.get("/api/users/page?limit=3").body();
		assertThat(all.get("users")).hasSize(3);
		assertThat(all.get("total").asLong()).isGreaterThan(3);
		assertThat(names(all)).isSorted();
		JsonNode last = admin.get("/api/users/page?sort=username&dir=desc&limit=3").body();
		assertThat(names(last)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(admin.get("/api/users/page?offset=3&limit=3").body().get("users").get(0).get("username").asString())
			.isNotIn(names(all));

		JsonNode handlers = admin.get("/api/users/page?role=HANDLER&q=unit").body();
		assertThat(handlers.get("total").asLong()).isGreaterThanOrEqualTo(2);
		handlers.get("users").forEach((u) -> assertThat(u.get("roles").toString()).contains("HANDLER"));
		assertThat(names(handlers)).contains("unit1", "unit2");

		assertThat(admin.get("/api/users/page?role=KING").detail()).contains("KING");
		assertThat(admin.get("/api/users/page?sort=password").status()).isEqualTo(400);
		assertThat(Api.as(this.port, "supervisor1").get("/api/users/page").status()).isEqualTo(403);
	}

	private static List<String> names(JsonNode page) {
		List<String> names = new ArrayList<>();
		page.get("users").forEach((u) -> names.add(u.get("username").asString()));
		return names;
	}

}
