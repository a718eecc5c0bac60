package io.hotline.knowledge.articles;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
import static io.hotline.knowledge.articles.KnowledgeFixtures.q;
import static io.hotline.knowledge.articles.KnowledgeFixtures.searchIds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles of the knowledge base over HTTP: written, reviewed, versioned, and found by
 * the search once the background rebuild has them. Each test writes articles of its own
 * subject (a random code in the title) so that tests sharing the database do not meet.
 */
@HotlineTest
class KnowledgeArticlesHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorsArticleIsFoundByAQuestionInOtherWords() {
		String code = code();
		Response created = Api.as(this.port, "admin")
			.post("/api/knowledge/articles", article("住房公积金提取办理指南 " + code,
					"职工购买自住住房、退休或者离职的，可以申请提取住房公积金账户内的存储余额，携带身份证到公积金管理中心窗口办理。", List.of("公积金怎么取出来")));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("status")).isEqualTo("PUBLISHED");
		long id = created.id();

		JsonNode hit = found(Api.as(this.port, "agent1"), "请问怎样把公积金的钱取出来 " + code, id);
		assertThat(hit.get("title").asString()).contains("住房公积金提取");
		assertThat(hit.get("highlight").asString()).contains("<em>");
		assertThat(hit.get("score").asDouble()).isPositive();
		for (String mode : List.of("fulltext", "semantic")) {
			JsonNode hits = Api.as(this.port, "agent1")
				.get("/api/knowledge/search?size=50&mode=" + mode + "&q=" + q("公积金提取 " + code))
				.body()
				.get("hits");
			assertThat(ids(hits)).as(mode).contains(id);
		}
		assertThat(this.jdbc.sql("select count(*) from audit_log where action = 'KNOWLEDGE_CREATE' and target = ?")
			.param("article " + id)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anAgentsArticleWaitsForReviewAndARejectedOneStaysOut() {
		String code = code();
		Api agent = Api.as(this.port, "agent1");
		Api admin = Api.as(this.port, "admin");
		Response pending = agent.post("/api/knowledge/articles",
				article("犬只登记办理流程 " + code, "饲养犬只应当到居住地派出所办理犬只登记，携带狂犬疫苗免疫证明。", List.of()));
		assertThat(pending.status()).isEqualTo(201);
		assertThat(pending.text("status")).isEqualTo("PENDING");
		Response rejected = Api.as(this.port, "supervisor1")
			.post("/api/knowledge/articles", article("犬只登记收费标准 " + code, "犬只登记的收费标准以各区公布为准，登记时缴纳。", List.of()));
		assertThat(rejected.text("status")).isEqualTo("PENDING");

		JsonNode queue = admin.get("/api/knowledge/articles?status=PENDING").body();
		assertThat(ids(queue)).contains(pending.id(), rejected.id());
		// a handler may search but not review
		Api handler = Api.as(this.port, "unit1");
		assertThat(handler.get("/api/knowledge/search?q=" + q("犬只登记")).status()).isEqualTo(200);
		assertThat(
				handler.post("/api/knowledge/articles/" + pending.id() + "/review", Map.of("approved", true)).status())
			.isEqualTo(403);
		assertThat(agent.post("/api/knowledge/articles/" + pending.id() + "/review", Map.of("approved", true)).status())
			.isEqualTo(403);
		assertThat(admin
			.post("/api/knowledge/articles/" + rejected.id() + "/review",
					Map.of("approved", false, "note", "收费以区里公布为准，不另立条目"))
			.text("status")).isEqualTo("REJECTED");
		assertThat(searchIds(this.port, agent, "犬只登记 " + code)).doesNotContain(pending.id(), rejected.id());

		Response approved = admin.post("/api/knowledge/articles/" + pending.id() + "/review", Map.of("approved", true));
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.text("status")).isEqualTo("PUBLISHED");
		assertThat(approved.text("reviewedBy")).isEqualTo("admin");
		found(agent, "狗怎么登记 犬只 " + code, pending.id());
		assertThat(searchIds(this.port, agent, "犬只登记收费 " + code)).doesNotContain(rejected.id());
		assertThat(admin.post("/api/knowledge/articles/" + pending.id() + "/review", Map.of("approved", true)).status())
			.isEqualTo(409);
	}

	@Test
	void articlesNotYetInEffectOrExpiredAreNotFound() {
		String code = code();
		Api admin = Api.as(this.port, "admin");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		Map<String, Object> expired = article("燃气开户办理 " + code, "燃气开户需携带房产证和身份证到燃气公司营业厅办理。", List.of());
		expired.put("expiresAt", today.minusDays(1).toString());
		Map<String, Object> future = article("燃气过户办理 " + code, "燃气过户需携带新旧户主身份证到燃气公司营业厅办理。", List.of());
		future.put("effectiveFrom", today.plusDays(1).toString());
		Map<String, Object> current = article("燃气报修电话 " + code, "燃气泄漏请立即关闭阀门，开窗通风，拨打燃气公司抢修电话。", List.of());
		current.put("effectiveFrom", today.toString());
		current.put("expiresAt", today.toString());
		long expiredId = admin.post("/api/knowledge/articles", expired).id();
		long futureId = admin.post("/api/knowledge/articles", future).id();
		long currentId = admin.post("/api/knowledge/articles", current).id();
		found(admin, "燃气 营业厅 办理 " + code, currentId);
		assertThat(searchIds(this.port, admin, "燃气 营业厅 办理 " + code)).doesNotContain(expiredId, futureId);
	}

	@Test
	void anEditIsANewVersionAndAnAgentsEditWaitsForReview() {
		String code = code();
		Api admin = Api.as(this.port, "admin");
		long id = admin.post("/api/knowledge/articles", article("居住证办理 " + code, "居住证到社区服务中心办理。", List.of("居住证去哪办")))
			.id();
		Map<String, Object> edited = article("居住证办理 " + code, "居住证到居住地社区服务中心办理，需居住登记满半年。",
				List.of("居住证去哪办", "办居住证要什么条件"));
		edited.put("version", 1);
		Response edit = Api.as(this.port, "agent1").put("/api/knowledge/articles/" + id, edited);
		assertThat(edit.status()).isEqualTo(200);
		assertThat(edit.text("status")).isEqualTo("PENDING");
		assertThat(edit.body().get("version").asInt()).isEqualTo(2);

		JsonNode article = admin.get("/api/knowledge/articles/" + id).body();
		JsonNode versions = article.get("versions");
		assertThat(versions).hasSize(2);
		assertThat(versions.get(0).get("version").asInt()).isEqualTo(2);
		assertThat(versions.get(0).get("changedBy").asString()).isEqualTo("agent1");
		assertThat(versions.get(0).get("change").asString()).contains("answer", "questions");
		assertThat(versions.get(1).get("content").get("answer").asString()).isEqualTo("居住证到社区服务中心办理。");
		assertThat(versions.get(1).get("change").asString()).isEqualTo("created");
		assertThat(admin.put("/api/knowledge/articles/99999999", edited).status()).isEqualTo(404);
	}

	@Test
	void refusesBadInputNamingTheFieldAndStoresNothing() {
		Api admin = Api.as(this.port, "admin");
		int before = count();
		String category = this.jdbc.sql("select code from category order by code limit 1").query(String.class).single();
		List<Object[]> cases = new ArrayList<>();
		cases.add(new Object[] { Map.of("answer", "答"), "title" });
		cases.add(new Object[] { Map.of("title", " ", "answer", "答"), "title" });
		cases.add(new Object[] { Map.of("title", "题"), "answer" });
		cases.add(new Object[] { Map.of("title", "题".repeat(201), "answer", "答"), "title" });
		cases.add(new Object[] { Map.of("title", "题", "answer", "答", "categoryCode", "NO-SUCH"), "categoryCode" });
		cases.add(new Object[] { Map.of("title", "题", "answer", "答", "expiresAt", "2026-13-01"), "expiresAt" });
		cases.add(new Object[] {
				Map.of("title", "题", "answer", "答", "effectiveFrom", "2026-05-01", "expiresAt", "2026-04-30"),
				"expiresAt" });
		cases.add(
				new Object[] { Map.of("title", "题", "answer", "答", "questions", java.util.Collections.nCopies(21, "问")),
						"questions" });
		cases.add(new Object[] { Map.of("title", "题", "answer", "答", "tags", java.util.Collections.nCopies(21, "签")),
				"tags" });
		for (Object[] bad : cases) {
			Response refused = admin.post("/api/knowledge/articles", bad[0]);
			assertThat(refused.status()).as(bad[1].toString()).isEqualTo(400);
			assertThat(refused.isProblem()).isTrue();
			assertThat(refused.detail()).contains("'" + bad[1] + "'");
		}
		assertThat(count()).isEqualTo(before);
		assertThat(admin.post("/api/knowledge/articles", Map.of("title", "题", "answer", "答", "categoryCode", category))
			.status()).isEqualTo(201);
		assertThat(admin.get("/api/knowledge/search").status()).isEqualTo(400);
		assertThat(admin.get("/api/knowledge/search?q=x&size=51").detail()).contains("'size'");
		assertThat(admin.get("/api/knowledge/search?q=x&mode=fuzzy").detail()).contains("'mode'");
		assertThat(Api.anonymous(this.port).get("/api/knowledge/search?q=x").status()).isEqualTo(401);
		assertThat(Api.as(this.port, "unit1")
			.post("/api/knowledge/articles", Map.of("title", "题", "answer", "答"))
			.status()).isEqualTo(403);
	}

	private int count() {
		return this.jdbc.sql("select count(*) from knowledge_article").query(Integer.class).single();
	}

}
