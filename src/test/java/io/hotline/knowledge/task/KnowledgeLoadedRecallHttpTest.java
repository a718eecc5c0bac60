package io.hotline.knowledge.task;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A knowledge base loaded through the API is searched at once as well as later: the
 * replies of the Teddy 2020 contest imported, each found by its message among the first
 * five right after the import answers, the combined search at least as often as the words
 * alone (a new article's vector is there, not missing).
 */
@HotlineTest
class KnowledgeLoadedRecallHttpTest {

	static final int PAIRS = 100;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void repliesImportedJustBeforeAreFoundByTheirMessagesCombinedAtLeastAsOftenAsByTheirWords() throws Exception {
		Assumptions.assumeTrue(Files.isRegularFile(TeddyRepliesTests.REPLIES),
				"skipped: the Teddy 2020 replies are not at " + TeddyRepliesTests.REPLIES.toAbsolutePath().normalize()
						+ " (the shared data is not beside the project)");
		List<TeddyReplies.Pair> pairs = TeddyReplies.read(TeddyRepliesTests.REPLIES).subList(0, PAIRS);
		String tag = "T" + UUID.randomUUID().toString().substring(0, 8);
		StringBuilder csv = new StringBuilder("title,answer,tags\n");
		for (TeddyReplies.Pair pair : pairs) {
			csv.append(quoted(pair.article().title()))
				.append(',')
				.append(quoted(pair.article().answer()))
				.append(',')
				.append(tag)
				.append('\n');
		}
		Api admin = Api.as(this.port, "admin");
		Api.Response imported = admin.upload("/api/knowledge/import", "file", "replies.csv",
				csv.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
		JsonNode ids = imported.body().get("ids");
		long queries = this.jdbc.sql("select coalesce(max(id), 0) from knowledge_query").query(Long.class).single();
		long usage = this.jdbc.sql("select coalesce(max(id), 0) from knowledge_usage").query(Long.class).single();
		double fulltext;
		double combined;
		try {
			fulltext = recall(admin, pairs, ids, tag, "fulltext");
			combined = recall(admin, pairs, ids, tag, "combined");
		}
		finally {
			// the 200 searches' log left out of the statistics, so that other tests'
			// articles
			// and questions are not crowded out of them
			this.jdbc.sql("delete from knowledge_usage where id > ?").param(usage).update();
			this.jdbc.sql("delete from knowledge_query where id > ?").param(queries).update();
		}
		assertThat(fulltext).as("full-text Recall@5 right after the import").isGreaterThan(0.6);
		assertThat(combined).as("combined Recall@5 right after the import (full-text %.2f)", fulltext)
			.isGreaterThanOrEqualTo(fulltext);
	}

	private static double recall(Api api, List<TeddyReplies.Pair> pairs, JsonNode ids, String tag, String mode) {
		int found = 0;
		for (int i = 0; i < pairs.size(); i++) {
			String query = pairs.get(i).message();
			JsonNode hits = api
				.get("/api/knowledge/search?size=5&mode=" + mode + "&tag=" + tag + "&q="
						+ java.net.URLEncoder.encode(query.substring(0, Math.min(query.length(), 500)),
								StandardCharsets.UTF_8))
				.body()
				.get("hits");
			for (JsonNode hit : hits) {
				if (hit.get("id").asLong() == ids.get(i).asLong()) {
					found++;
					break;
				}
			}
		}
		return found / (double) pairs.size();
	}

	private static String quoted(String field) {
		return "\"" + field.replace("\"", "\"\"") + "\"";
	}

}
