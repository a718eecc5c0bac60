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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles linked to orders, and a consultation answered and closed with one in one call.
 */
@HotlineTest
class OrderKnowledgeHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void answersAndClosesAConsultationWithAnArticleInOneCall() {
		String code = code();
		String answer = "公积金提取可在住房公积金网上服务大厅申请，审核通过后3个工作日内到账。";
		long article = published("公积金网上提取 " + code, answer);
		Api agent = Api.as(this.port, "agent1");
		Response order = consultation(agent, "请问公积金能不能网上提取 " + code);

		Response refused = Api.as(this.port, "dispatcher1")
			.post("/api/orders/" + order.id() + "/knowledge", Map.of("articleId", article, "answer", true));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(links(order.id())).isZero();

		Response closed = agent.post("/api/orders/" + order.id() + "/knowledge",
				Map.of("articleId", article, "answer", true, "version", order.body().get("version").asInt()));
		assertThat(closed.status()).isEqualTo(201);
		JsonNode closedOrder = closed.body().get("order");
		assertThat(closedOrder.get("status").asString()).isEqualTo("CLOSED");
		JsonNode events = closedOrder.get("events");
		JsonNode last = events.get(events.size() - 1);
		assertThat(last.get("type").asString()).isEqualTo("FINISHED");
		assertThat(last.get("note").asString()).isEqualTo(answer);
		assertThat(closed.body().get("link").get("answered").asBoolean()).isTrue();

		JsonNode linked = agent.get("/api/orders/" + order.id() + "/knowledge").body().get("links");
		assertThat(linked).hasSize(1);
		assertThat(linked.get(0).get("articleId").asLong()).isEqualTo(article);
		assertThat(linked.get(0).get("linkedBy").asString()).isEqualTo("agent1");
		assertThat(this.jdbc.sql("select count(*) from knowledge_usage where kind = 'ANSWER' and article_id = ?")
			.param(article)
			.query(Integer.class)
			.single()).isEqualTo(1);
		// a closed order cannot be finished again; the link stays as it was
		assertThat(agent.post("/api/orders/" + order.id() + "/knowledge", Map.of("articleId", article, "answer", true))
			.status()).isEqualTo(409);
	}

	@Test
	void linksAndUnlinksArticlesOnOrdersTheUserCanSee() {
		String code = code();
		long article = published("噪音投诉处理口径 " + code, "夜间施工噪音可向生态环境部门投诉，22时后施工须有夜间施工许可。");
		Api agent = Api.as(this.port, "agent1");
		Response order = consultation(agent, "晚上施工太吵了可以找谁 " + code);

		Response linked = agent.post("/api/orders/" + order.id() + "/knowledge", Map.of("articleId", article));
		assertThat(linked.status()).isEqualTo(201);
		assertThat(linked.body().get("order").get("status").asString()).isEqualTo("REGISTERED");
		assertThat(linked.body().get("link").get("answered").asBoolean()).isFalse();
		assertThat(agent.post("/api/orders/" + order.id() + "/knowledge", Map.of("articleId", article)).status())
			.as("linking again keeps one link")
			.isEqualTo(201);
		assertThat(links(order.id())).isEqualTo(1);
		// the analyst reads, and neither links nor unlinks
		Api analyst = Api.as(this.port, "analyst1");
		assertThat(analyst.get("/api/orders/" + order.id() + "/knowledge").status()).isEqualTo(200);
		assertThat(analyst.post("/api/orders/" + order.id() + "/knowledge", Map.of("articleId", article)).status())
			.isEqualTo(403);
		assertThat(analyst.delete("/api/orders/" + order.id() + "/knowledge/" + article).status()).isEqualTo(403);
		assertThat(links(order.id())).isEqualTo(1);
		// a handler of a unit the order was never sent to does not see it
		assertThat(Api.as(this.port, "unit2").get("/api/orders/" + order.id() + "/knowledge").status()).isEqualTo(404);
		assertThat(Api.as(this.port, "unit2")
			.post("/api/orders/" + order.id() + "/knowledge", Map.of("articleId", article))
			.status()).isEqualTo(404);

		long draft = Api.as(this.port, "agent1")
			.post("/api/knowledge/articles", article("未审核口径 " + code, "尚未发布", List.of()))
			.id();
		assertThat(agent.post("/api/orders/" + order.id() + "/knowledge", Map.of("articleId", draft)).status())
			.isEqualTo(409);
		assertThat(agent.post("/api/orders/" + order.id() + "/knowledge", Map.of()).status()).isEqualTo(400);
		assertThat(agent.delete("/api/orders/" + order.id() + "/knowledge/" + article).status()).isEqualTo(204);
		assertThat(links(order.id())).isZero();
		assertThat(agent.delete("/api/orders/" + order.id() + "/knowledge/" + article).status()).isEqualTo(404);
		assertThat(this.jdbc
			.sql("select count(*) from audit_log where action in ('KNOWLEDGE_LINK', 'KNOWLEDGE_UNLINK')"
					+ " and target = ?")
			.param("order " + order.text("number"))
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	private long published(String title, String answer) {
		long id = Api.as(this.port, "admin").post("/api/knowledge/articles", article(title, answer, List.of())).id();
		found(Api.as(this.port, "admin"), title, id);
		return id;
	}

	private static Response consultation(Api agent, String content) {
		Response order = agent.post("/api/orders", Map.of("channel", "PHONE", "type", "CONSULTATION", "content",
				content, "caller", Map.of("phone", "13900004444")));
		assertThat(order.status()).isEqualTo(201);
		return order;
	}

	private int links(long order) {
		return this.jdbc.sql("select count(*) from knowledge_link where order_id = ?")
			.param(order)
			.query(Integer.class)
			.single();
	}

}
