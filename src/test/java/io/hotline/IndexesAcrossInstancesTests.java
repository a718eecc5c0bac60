package io.hotline;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.hotline.platform.Workers;
import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of a cluster on one database: the shared test platform and a second one
 * started beside it on its database, each with the indexes it holds in memory. What is
 * written through the first (a published knowledge article, a registered order, an
 * address alias) is found through the second's knowledge search, duplicate check and
 * address recognition within 2 s, though the second built its indexes before.
 */
@HotlineTest
class IndexesAcrossInstancesTests {

	private static final Duration WITHIN = Duration.ofSeconds(2);

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	void whatOneInstanceWritesIsFoundThroughAnotherWithinTwoSeconds() throws Exception {
		String url = this.dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
		try (ConfigurableApplicationContext other = new SpringApplicationBuilder(HotlineApplication.class)
			.profiles("test")
			.run("--server.port=0", "--hotline.db.url=" + url, "--hotline.db.user=postgres", "--hotline.db.password=",
					"--hotline.indexes.follow-ms=500")) {
			// its indexes are built from the database before anything below is written
			assertThat(other.getBean(Workers.class).awaitIdle(Duration.ofMinutes(2))).isTrue();
			int otherPort = Integer.parseInt(other.getEnvironment().getProperty("local.server.port"));

			String code = "K" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
			String title = "集群各实例同步检索 " + code;
			Api.Response article = Api.as(this.port, "admin")
				.post("/api/knowledge/articles", Map.of("title", title, "answer", "一个实例发布的知识，其他实例两秒内可以检索到。",
						"questions", List.of(), "tags", List.of("测试")));
			assertThat(article.status()).as(article.toString()).isEqualTo(201);
			Api agentThere = Api.as(otherPort, "agent1");
			within("the article found through the other instance's search", () -> {
				for (JsonNode hit : agentThere.get("/api/knowledge/search?mode=fulltext&size=10&q=" + q(title))
					.body()
					.get("hits")) {
					if (hit.get("id").asLong() == article.id()) {
						return true;
					}
				}
				return false;
			});

			String content = words(24) + "，小区北门外的污水井盖破损，污水漫到人行道上";
			String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
			Map<String, Object> message = Map.of("content", content, "caller", Map.of("phone", phone));
			Api.Response order = Api.as(this.port, "agent1")
				.post("/api/orders", Map.of("channel", "PHONE", "type", "COMPLAINT", "content", content, "caller",
						Map.of("phone", phone)));
			assertThat(order.status()).as(order.toString()).isEqualTo(201);
			within("the order found by the other instance's duplicate check", () -> {
				int found = 0;
				for (JsonNode candidate : agentThere.post("/api/intake/duplicates", message).body().get("candidates")) {
					found += (candidate.get("orderId").asLong() == order.id()) ? 1 : 0;
				}
				assertThat(found).as("once").isLessThanOrEqualTo(1);
				return found == 1;
			});
			JsonNode here = Api.as(this.port, "agent1")
				.post("/api/intake/duplicates", message)
				.body()
				.get("candidates");
			assertThat(here.findValues("orderId").stream().filter((id) -> id.asLong() == order.id()))
				.as("indexed once where it was registered, though read past in the timeline")
				.hasSize(1);

			String alias = "鹭" + words(2);
			String address = "天河石牌那边" + alias + "小区门口";
			assertThat(agentThere.post("/api/nlp/address", Map.of("text", address)).text("community")).isNull();
			Api admin = Api.as(this.port, "admin");
			Api.Response taught = admin.post("/api/nlp/address/aliases",
					Map.of("alias", alias, "code", "440106006006"));
			assertThat(taught.status()).as(taught.toString()).isEqualTo(201);
			try {
				within("the alias in force on the other instance", () -> "华南师范大学社区居委会"
					.equals(agentThere.post("/api/nlp/address", Map.of("text", address)).text("community")));
			}
			finally {
				admin.delete("/api/nlp/address/aliases/" + taught.id());
			}
		}
	}

	/** Asks until the condition holds, {@link #WITHIN} at most. */
	private static void within(String what, BooleanSupplier condition) throws InterruptedException {
		long start = System.nanoTime();
		while (!condition.getAsBoolean()) {
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as(what + " within " + WITHIN).isLessThan(WITHIN);
			Thread.sleep(50);
		}
		System.out.printf("Indexes across instances: %s after %d ms%n", what,
				Duration.ofNanos(System.nanoTime() - start).toMillis());
	}

	/** Chinese characters at random: pairs no other order has. */
	private static String words(int count) {
		StringBuilder words = new StringBuilder();
		for (int i = 0; i < count; i++) {
			words.append((char) ThreadLocalRandom.current().nextInt(0x4e00, 0x9fa5));
		}
		return words.toString();
	}

	private static String q(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
