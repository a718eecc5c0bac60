package io.hotline.knowledge.articles;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles for the tests, each of its own subject (a random code in the title) so that
 * tests sharing the database do not meet, and waits for the index's background rebuild.
 */
final class KnowledgeFixtures {

	static final Duration REBUILT = Duration.ofSeconds(60);

	private KnowledgeFixtures() {
	}

	static Map<String, Object> article(String title, String answer, List<String> questions) {
		Map<String, Object> article = new HashMap<>();
		article.put("title", title);
		article.put("answer", answer);
		article.put("questions", questions);
		article.put("tags", List.of("测试"));
		return article;
	}

	static String code() {
		return "K" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	static String q(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	/** Polls the search until the rebuild has the article, and answers its hit. */
	static JsonNode found(Api api, String query, long id) {
		return found(api, "/api/knowledge/search?size=10&q=", query, id);
	}

	/**
	 * Polls a search (staff, public, recommendation: the path up to the text) until it
	 * finds the article.
	 */
	static JsonNode found(Api api, String search, String query, long id) {
		Instant deadline = Instant.now().plus(REBUILT);
		while (true) {
			for (JsonNode hit : api.get(search + q(query)).body().get("hits")) {
				if (hit.get("id").asLong() == id) {
					return hit;
				}
			}
			assertThat(Instant.now()).as("article %d found for '%s'", id, query).isBefore(deadline);
			sleep();
		}
	}

	/**
	 * The ids found once every change so far is in the index: a marker article written
	 * now is found, so the rebuild after it covered the earlier changes too.
	 */
	static List<Long> searchIds(int port, Api api, String query) {
		settled(port);
		return ids(api.get("/api/knowledge/search?size=50&q=" + q(query)).body().get("hits"));
	}

	/** Returns once every change so far is in the index (see {@link #searchIds}). */
	static void settled(int port) {
		String marker = code();
		Api admin = Api.as(port, "admin");
		long id = admin.post("/api/knowledge/articles", article("标记 " + marker, "标记条目 " + marker, List.of())).id();
		found(admin, marker, id);
	}

	static List<Long> ids(JsonNode nodes) {
		List<Long> ids = new ArrayList<>();
		nodes.forEach((node) -> ids.add(node.get("id").asLong()));
		return ids;
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
