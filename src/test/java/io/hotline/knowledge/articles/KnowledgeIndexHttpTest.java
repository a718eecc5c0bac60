package io.hotline.knowledge.articles;

import java.util.List;
import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.hotline.knowledge.articles.KnowledgeFixtures.article;
import static io.hotline.knowledge.articles.KnowledgeFixtures.code;
import static io.hotline.knowledge.articles.KnowledgeFixtures.ids;
import static io.hotline.knowledge.articles.KnowledgeFixtures.q;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writer reads their own write: an article created, edited or approved is in the search
 * of every mode as soon as the answer to the write has come, without waiting for a
 * rebuild.
 */
@HotlineTest
class KnowledgeIndexHttpTest {

	static final String[] MODES = { "fulltext", "semantic", "combined" };

	@LocalServerPort
	int port;

	@Test
	void anArticleCreatedEditedOrApprovedIsFoundAtOnceByItsTitleInEveryMode() {
		String code = code();
		Api admin = Api.as(this.port, "admin");
		Map<String, Object> written = article("古树名木认养申请 " + code, "市民和单位可向园林绿化部门申请认养古树名木，签订认养协议后承担日常养护费用，认养期一般为三年。",
				List.of("怎么认养古树"));
		written.put("public", true);
		Api.Response created = admin.post("/api/knowledge/articles", written);
		long id = created.id();
		assertFirst(admin, "古树名木认养申请 " + code, id);
		assertThat(ids(Api.anonymous(this.port)
			.get("/api/public/knowledge/search?q=" + q("古树名木认养申请 " + code))
			.body()
			.get("hits"))).first().isEqualTo(id);

		written.put("title", "信鸽赛事放飞报备 " + code);
		written.put("answer", "举办信鸽放飞赛事的，应提前向体育行政部门和公安机关报备放飞地点、时间和羽数。");
		written.put("questions", List.of("信鸽比赛要报备吗"));
		written.put("version", created.body().get("version").asInt());
		assertThat(admin.put("/api/knowledge/articles/" + id, written).status()).isEqualTo(200);
		assertFirst(admin, "信鸽赛事放飞报备 " + code, id);
		assertThat(ids(admin.get("/api/knowledge/search?mode=fulltext&size=50&q=" + q("古树名木认养")).body().get("hits")))
			.as("the version replaced is out of the search")
			.doesNotContain(id);

		Api agent = Api.as(this.port, "agent1");
		long pending = agent
			.post("/api/knowledge/articles",
					article("蜂窝煤炉具以旧换新 " + code, "居民可持旧蜂窝煤炉具到街道指定回收点，以旧换新领取清洁能源炉具补贴。", List.of()))
			.id();
		assertThat(ids(agent.get("/api/knowledge/search?mode=fulltext&q=" + q("蜂窝煤炉具以旧换新 " + code)).body().get("hits")))
			.doesNotContain(pending);
		assertThat(admin.post("/api/knowledge/articles/" + pending + "/review", Map.of("approved", true)).status())
			.isEqualTo(200);
		assertFirst(agent, "蜂窝煤炉具以旧换新 " + code, pending);
	}

	/** No polling: the first search after the write's answer finds the article first. */
	private static void assertFirst(Api api, String title, long id) {
		for (String mode : MODES) {
			JsonNode hits = api.get("/api/knowledge/search?size=5&mode=" + mode + "&q=" + q(title)).body().get("hits");
			assertThat(ids(hits)).as("%s search for '%s'", mode, title).first().isEqualTo(id);
		}
	}

}
