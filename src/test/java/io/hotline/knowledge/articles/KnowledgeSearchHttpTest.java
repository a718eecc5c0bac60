package io.hotline.knowledge.articles;

import java.util.List;
import java.util.Map;

import io.hotline.support.Api;
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
import static io.hotline.knowledge.articles.KnowledgeFixtures.settled;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filters, recommendations while typing, and the public self-service search: what each
 * may and may not return.
 */
@HotlineTest
class KnowledgeSearchHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void filtersByCategoryWithItsSubcategoriesDepartmentTagAndAudience() {
		String code = code();
		Api admin = Api.as(this.port, "admin");
		String[] child = this.jdbc
			.sql("select code, parent_code from category where parent_code is not null order by code limit 1")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
		Map<String, Object> inChild = article("水费缴纳方式 " + code, "水费可通过银行代扣、营业厅或网上缴纳。", List.of());
		inChild.put("categoryCode", child[0]);
		inChild.put("department", "自来水公司");
		inChild.put("public", true);
		inChild.put("tags", List.of("缴费"));
		Map<String, Object> other = article("水费缴纳标准 " + code, "居民水费按阶梯水价缴纳，以水务局公布为准。", List.of());
		other.put("department", "水务局");
		long first = admin.post("/api/knowledge/articles", inChild).id();
		long second = admin.post("/api/knowledge/articles", other).id();
		settled(this.port);
		Api agent = Api.as(this.port, "agent1");
		String query = "/api/knowledge/search?size=50&q=" + q("水费缴纳 " + code);
		assertThat(ids(agent.get(query).body().get("hits"))).contains(first, second);
		assertThat(ids(agent.get(query + "&category=" + child[1]).body().get("hits"))).contains(first)
			.doesNotContain(second);
		assertThat(ids(agent.get(query + "&department=" + q("水务局")).body().get("hits"))).contains(second)
			.doesNotContain(first);
		assertThat(ids(agent.get(query + "&tag=" + q("缴费")).body().get("hits"))).contains(first).doesNotContain(second);
		JsonNode publicOnly = agent.get(query + "&public=true&mode=semantic").body().get("hits");
		assertThat(ids(publicOnly)).contains(first).doesNotContain(second);
		JsonNode hit = publicOnly.get(ids(publicOnly).indexOf(first));
		assertThat(hit.get("categoryCode").asString()).isEqualTo(child[0]);
		assertThat(hit.get("categoryName").asString()).isNotBlank();
		assertThat(hit.get("public").asBoolean()).isTrue();
		assertThat(hit.get("answerExcerpt").asString()).startsWith("水费可通过银行代扣");
		assertThat(hit.get("similarity").asDouble()).isBetween(0.3, 1.0);
		assertThat(agent.get(query + "&public=maybe").status()).isEqualTo(400);
	}

	@Test
	void recommendsArticlesForTheTextSoFarWithTheMatchedWordsMarked() {
		String code = code();
		long id = Api.as(this.port, "admin")
			.post("/api/knowledge/articles",
					article("电动自行车上牌 " + code, "电动自行车上牌需携带购车发票、合格证和身份证到车管所办理。", List.of("电动车怎么上牌")))
			.id();
		Api agent = Api.as(this.port, "agent1");
		JsonNode hit = found(agent, "/api/knowledge/recommend?text=", "市民来电咨询电动车上牌要带什么材料 " + code, id);
		assertThat(hit.get("highlight").asString()).contains("<em>");
		assertThat(agent.get("/api/knowledge/recommend?text=" + q("上牌")).body().get("hits")).isEmpty();
		assertThat(agent.get("/api/knowledge/recommend").body().get("hits")).isEmpty();
		assertThat(agent.get("/api/knowledge/recommend?text=" + q("上牌上牌") + "&size=0").status()).isEqualTo(400);
		assertThat(Api.anonymous(this.port).get("/api/knowledge/recommend?text=" + q("电动车上牌")).status()).isEqualTo(401);
	}

	@Test
	void thePublicSearchFindsPublicArticlesOnlyWithoutASession() {
		String code = code();
		Api admin = Api.as(this.port, "admin");
		Map<String, Object> shared = article("居住证签注 " + code, "居住证每年签注一次，可在自助机或社区办理。", List.of());
		shared.put("public", true);
		shared.put("source", "《居住证暂行条例》第十三条");
		long open = admin.post("/api/knowledge/articles", shared).id();
		long internal = admin
			.post("/api/knowledge/articles", article("居住证签注内部口径 " + code, "签注逾期的，坐席可告知先补办居住登记。", List.of()))
			.id();
		Api citizen = Api.anonymous(this.port);
		JsonNode hit = found(citizen, "/api/public/knowledge/search?q=", "居住证签注 " + code, open);
		assertThat(hit.get("highlight").asString()).contains("<em>");
		assertThat(hit.has("score")).isFalse();
		settled(this.port);
		assertThat(ids(citizen.get("/api/public/knowledge/search?size=50&q=" + q("居住证签注 " + code)).body().get("hits")))
			.contains(open)
			.doesNotContain(internal);
		JsonNode article = citizen.get("/api/public/knowledge/articles/" + open).body();
		assertThat(article.get("source").asString()).contains("居住证暂行条例");
		assertThat(article.has("createdBy")).isFalse();
		assertThat(citizen.get("/api/public/knowledge/articles/" + internal).status()).isEqualTo(404);
		assertThat(
				citizen.post("/api/public/knowledge/articles/" + open + "/feedback", Map.of("helpful", true)).status())
			.isEqualTo(204);
		assertThat(citizen.post("/api/public/knowledge/articles/" + internal + "/feedback", Map.of("helpful", true))
			.status()).isEqualTo(404);
		assertThat(citizen.get("/api/public/knowledge/search").status()).isEqualTo(400);
		assertThat(this.jdbc.sql("select count(*) from knowledge_query where channel = 'PORTAL' and text like ?")
			.param("%" + code)
			.query(Integer.class)
			.single()).isPositive();
	}

}
