package io.hotline.knowledge.articles;

import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.hotline.knowledge.articles.KnowledgeFixtures.ids;
import static io.hotline.knowledge.articles.KnowledgeFixtures.q;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh demo platform has a knowledge base: public answers to the common matters, in
 * the search of every mode and in the citizens' self-service.
 */
@HotlineTest
class DemoKnowledgeHttpTest {

	/** Typical questions and the title of the demo article that answers each. */
	static final Map<String, String> ASKED = Map.of("怎么查询社保缴费记录", "社保缴费记录查询", "楼下饭店油烟太大找谁", "餐饮油烟扰民", "失业了能领失业金吗",
			"失业保险金申领", "身份证丢了怎么补办", "居民身份证补领换领", "老板拖欠工资不发怎么办", "拖欠工资投诉");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFreshDemoPlatformHasPublicArticlesThatAnswerTypicalQuestionsInEveryMode() {
		int seeded = this.jdbc.sql("""
				select count(*) from knowledge_article
				where created_by = 'system' and public and status = 'PUBLISHED' and published_version is not null""")
			.query(Integer.class)
			.single();
		assertThat(seeded).isGreaterThanOrEqualTo(30);
		assertThat(this.jdbc.sql("""
				select count(*) from knowledge_article where created_by = 'system' and category_code is not null""")
			.query(Integer.class)
			.single()).as("categories found in the demo catalog").isGreaterThanOrEqualTo(30);
		Api agent = Api.as(this.port, "agent1");
		Api citizen = Api.anonymous(this.port);
		long queries = last("knowledge_query");
		long usage = last("knowledge_usage");
		try {
			ask(agent, citizen);
		}
		finally {
			// the searches' log left as it was, so that other tests' statistics are not
			// crowded out by this one's
			this.jdbc.sql("delete from knowledge_usage where id > ?").param(usage).update();
			this.jdbc.sql("delete from knowledge_query where id > ?").param(queries).update();
		}
	}

	/**
	 * Each typical question in every mode among the public articles (those of other tests
	 * are internal), and in the citizens' search.
	 */
	private void ask(Api agent, Api citizen) {
		ASKED.forEach((question, title) -> {
			long id = this.jdbc.sql("select id from knowledge_article where created_by = 'system' and title = ?")
				.param(title)
				.query(Long.class)
				.single();
			for (String mode : KnowledgeIndexHttpTest.MODES) {
				assertThat(ids(agent.get("/api/knowledge/search?size=5&public=true&mode=" + mode + "&q=" + q(question))
					.body()
					.get("hits"))).as("%s search for '%s'", mode, question).first().isEqualTo(id);
			}
			assertThat(ids(citizen.get("/api/public/knowledge/search?q=" + q(question)).body().get("hits")))
				.as("public search for '%s'", question)
				.first()
				.isEqualTo(id);
			assertThat(citizen.get("/api/public/knowledge/articles/" + id).status()).isEqualTo(200);
		});
	}

	private long last(String table) {
		return this.jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single();
	}

}
