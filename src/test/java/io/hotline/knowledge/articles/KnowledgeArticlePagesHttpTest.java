package io.hotline.knowledge.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The articles as a list that can be long: a page of them, sorted by a column, filtered
 * by title and department, with the number of all; wrong parameters refused by name.
 */
@HotlineTest
class KnowledgeArticlePagesHttpTest {

	@LocalServerPort
	int port;

	@Test
	void pagesSortsAndFiltersTheArticles() {
		String code = UUID.randomUUID().toString().substring(0, 8);
		Api admin = Api.as(this.port, "admin");
		for (String letter : List.of("乙", "甲", "丙")) {
			Api.Response created = admin.post("/api/knowledge/articles", Map.of("title", "分页测试" + code + letter,
					"answer", "分页测试的答复" + code, "department", "分页科" + (letter.equals("丙") ? "二" : "一")));
			assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		}
		String base = "/api/knowledge/articles/page?q=" + code;

		JsonNode first = admin.get(base + "&sort=title&dir=asc&limit=2").body();
		assertThat(first.get("total").asLong()).isEqualTo(3);
		assertThat(titles(first)).containsExactly("分页测试" + code + "丙", "分页测试" + code + "乙");
		assertThat(titles(admin.get(base + "&sort=title&dir=asc&limit=2&offset=2").body()))
			.containsExactly("分页测试" + code + "甲");
		assertThat(admin.get(base + "&department=分页科二").body().get("total").asLong()).isEqualTo(1);
		// newest change first without a sort, as the old list
		assertThat(titles(admin.get(base).body())).first().isEqualTo("分页测试" + code + "丙");

		assertThat(admin.get(base + "&sort=answer").detail()).contains("answer");
		assertThat(admin.get(base + "&offset=-1").status()).isEqualTo(400);
	}

	private static List<String> titles(JsonNode page) {
		List<String> titles = new ArrayList<>();
		page.get("articles").forEach((a) -> titles.add(a.get("title").asString()));
		return titles;
	}

}
