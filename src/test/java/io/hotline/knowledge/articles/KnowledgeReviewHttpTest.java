package io.hotline.knowledge.articles;

import java.util.List;
import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.hotline.knowledge.articles.KnowledgeFixtures.article;
import static io.hotline.knowledge.articles.KnowledgeFixtures.code;
import static io.hotline.knowledge.articles.KnowledgeFixtures.found;
import static io.hotline.knowledge.articles.KnowledgeFixtures.ids;
import static io.hotline.knowledge.articles.KnowledgeFixtures.searchIds;
import static io.hotline.knowledge.articles.KnowledgeFixtures.settled;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review and versions as readers see them: the published version answers while an edit
 * waits for review, drafts are for reviewers and authors, and an edit of an outdated
 * version is refused.
 */
@HotlineTest
class KnowledgeReviewHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePublishedVersionAnswersWhileAnEditWaitsAndAfterItIsRejected() {
		String code = code();
		Api admin = Api.as(this.port, "admin");
		Api agent = Api.as(this.port, "agent1");
		Api dispatcher = Api.as(this.port, "dispatcher1");
		long id = admin
			.post("/api/knowledge/articles", article("新生儿落户办理 " + code, "新生儿落户到父母户籍所在地派出所办理，带出生医学证明。", List.of()))
			.id();
		found(agent, "新生儿落户 " + code, id);

		Response edit = agent.put("/api/knowledge/articles/" + id,
				Map.of("title", "新生儿落户网上办理 " + code, "answer", "新生儿落户可在政务服务网上申请，无需到派出所。", "version", 1));
		assertThat(edit.text("status")).isEqualTo("PENDING");
		assertThat(edit.body().get("publishedVersion").asInt()).isEqualTo(1);
		// the search still shows version 1 as it was published
		assertThat(searchIds(this.port, agent, "新生儿落户 派出所 " + code)).contains(id);
		JsonNode hit = found(agent, "新生儿落户 派出所 " + code, id);
		assertThat(hit.get("title").asString()).isEqualTo("新生儿落户办理 " + code);
		// a reader who may not see drafts gets the published version, without versions
		JsonNode seen = dispatcher.get("/api/knowledge/articles/" + id).body();
		assertThat(seen.get("title").asString()).isEqualTo("新生儿落户办理 " + code);
		assertThat(seen.get("version").asInt()).isEqualTo(1);
		assertThat(seen.has("versions")).isFalse();
		// its author and the reviewers see the draft
		assertThat(agent.get("/api/knowledge/articles/" + id).text("title")).isEqualTo("新生儿落户网上办理 " + code);
		assertThat(Api.as(this.port, "supervisor1").get("/api/knowledge/articles/" + id).body().get("versions"))
			.hasSize(2);

		admin.post("/api/knowledge/articles/" + id + "/review", Map.of("approved", false, "note", "须到派出所办理"));
		assertThat(searchIds(this.port, agent, "新生儿落户 派出所 " + code)).contains(id);
		assertThat(dispatcher.get("/api/knowledge/articles/" + id).text("answer")).contains("派出所");

		Response again = agent.put("/api/knowledge/articles/" + id,
				Map.of("title", "新生儿落户网上办理 " + code, "answer", "新生儿落户可在政务服务网上预约后到派出所办理。", "version", 2));
		admin.post("/api/knowledge/articles/" + id + "/review", Map.of("approved", true));
		assertThat(again.body().get("version").asInt()).isEqualTo(3);
		settled(this.port);
		JsonNode published = found(agent, "新生儿落户网上办理 预约 " + code, id);
		assertThat(published.get("title").asString()).isEqualTo("新生儿落户网上办理 " + code);
	}

	@Test
	void draftsAreForReviewersAndTheirAuthors() {
		String code = code();
		long draft = Api.as(this.port, "agent1")
			.post("/api/knowledge/articles", article("社保卡补办 " + code, "社保卡丢失先挂失，再到银行网点补办。", List.of()))
			.id();
		Api dispatcher = Api.as(this.port, "dispatcher1");
		assertThat(dispatcher.get("/api/knowledge/articles/" + draft).status()).isEqualTo(404);
		assertThat(ids(dispatcher.get("/api/knowledge/articles?status=PENDING").body())).doesNotContain(draft);
		assertThat(ids(Api.as(this.port, "unit1").get("/api/knowledge/articles?status=PENDING").body()))
			.doesNotContain(draft);
		assertThat(ids(Api.as(this.port, "agent1").get("/api/knowledge/articles?status=PENDING").body()))
			.contains(draft);
		assertThat(ids(Api.as(this.port, "supervisor1").get("/api/knowledge/articles?status=PENDING&q=社保卡补办").body()))
			.containsExactly(draft);
		assertThat(Api.as(this.port, "supervisor1")
			.post("/api/knowledge/articles/" + draft + "/review", Map.of("approved", true))
			.status()).isEqualTo(403);
	}

	@Test
	void anEditOfAnOutdatedVersionIsRefusedAndStoresNothing() {
		String code = code();
		Api admin = Api.as(this.port, "admin");
		Response created = admin.post("/api/knowledge/articles",
				article("老年人优待证 " + code, "年满60周岁可申领老年人优待证。", List.of()));
		assertThat(created.status()).isEqualTo(201);
		long id = created.id();
		Response first = admin.put("/api/knowledge/articles/" + id,
				Map.of("title", "老年人优待证 " + code, "answer", "年满60周岁的本市户籍老人可申领。"), "\"1\"");
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body().get("version").asInt()).isEqualTo(2);

		Response stale = Api.as(this.port, "supervisor1")
			.put("/api/knowledge/articles/" + id, Map.of("title", "老年人优待证 " + code, "answer", "覆盖别人的修改", "version", 1));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.detail()).contains("admin");
		assertThat(
				admin.put("/api/knowledge/articles/" + id, Map.of("title", "x", "answer", "y"), "\"v-two\"").status())
			.isEqualTo(400);
		JsonNode now = admin.get("/api/knowledge/articles/" + id).body();
		assertThat(now.get("version").asInt()).isEqualTo(2);
		assertThat(now.get("versions")).hasSize(2);
		assertThat(now.get("answer").asString()).isEqualTo("年满60周岁的本市户籍老人可申领。");
	}

}
