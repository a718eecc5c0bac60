package io.hotline.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The category search of agents and the portal finds categories by the words people use,
 * which the catalog's names lack: from the shipped synonyms and from past orders.
 */
@HotlineTest
class CategorySearchHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CategoryWords words;

	@Test
	void findsCategoriesByEverydayWordsForAgentsAndCitizens() {
		Map<String, List<String>> meant = Map.of("路灯", List.of("设施", "电力供应"), "垃圾", List.of("环境卫生"), "停车",
				List.of("交通安全管理", "城管执法", "小区管理"), "道路", List.of("设施"), "油烟", List.of("大气污染"), "噪音", List.of("噪音污染"),
				"漏水", List.of("自来水供应", "修缮装修"));
		meant.forEach((word, names) -> {
			for (String path : List.of("/api/categories?q=", "/api/public/categories?q=")) {
				Api api = path.startsWith("/api/public") ? Api.anonymous(this.port) : Api.as(this.port, "agent1");
				List<String> found = paths(api.get(path + URLEncoder.encode(word, StandardCharsets.UTF_8)).body());
				assertThat(found).as(path + word).isNotEmpty();
				assertThat(found.get(0)).as(path + word + " " + found).containsAnyOf(names.toArray(String[]::new));
			}
		});
	}

	@Test
	void findsCategoriesByWhatTheirPastOrdersSay() {
		String code = this.jdbc.sql("select code from category where name = '景区管理' order by code limit 1")
			.query(String.class)
			.single();
		assertThat(paths(Api.as(this.port, "agent1").get("/api/categories?q=蝙蝠").body())).isEmpty();
		for (int i = 0; i < 4; i++) {
			assertThat(Api.as(this.port, "agent1")
				.post("/api/orders", Map.of("channel", "PHONE", "type", "HELP", "categoryCode", code, "content",
						"景区山洞里蝙蝠很多，游客被蝙蝠惊吓，希望管理 " + UUID.randomUUID(), "caller", Map.of("phone", "13900008888")))
				.status()).isEqualTo(201);
		}
		this.words.refresh();
		assertThat(this.words.wordsOf(code)).contains("蝙蝠");
		JsonNode found = Api.as(this.port, "agent1").get("/api/categories?q=蝙蝠").body();
		assertThat(found.get(0).get("code").asString()).isEqualTo(code);
	}

	private static List<String> paths(JsonNode categories) {
		List<String> paths = new ArrayList<>();
		categories.forEach((c) -> paths.add(c.get("pathName").asString()));
		return paths;
	}

}
