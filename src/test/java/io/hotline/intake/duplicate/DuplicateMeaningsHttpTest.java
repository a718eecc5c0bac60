package io.hotline.intake.duplicate;

import java.util.Map;
import java.util.UUID;

import io.hotline.classification.TextEmbeddings;
import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 语义查重 after registration, with the real bge-small-zh model: each planted pair is decided
 * by the mean of its words' and its meanings' scores as the product computes them (the
 * second order flagged {@code DUPLICATE} and linked exactly when that mean reaches the
 * threshold), and at least one pair is found that the words alone would have missed; the
 * vectors are stored, read back by a rebuild, and orders registered while the comparison
 * was off are caught up.
 */
@HotlineTest
class DuplicateMeaningsHttpTest {

	/**
	 * Pairs: the title and content of an order, then of another about the same or not.
	 */
	private static final String[][] PAIRS = {
			{ "澄碧苑污水井盖破损", "澄碧苑北门外的污水井盖破损，污水漫到人行道上，散发恶臭，老人小孩经过容易摔倒", "澄碧苑下水道盖子坏了",
					"澄碧苑北门下水道盖子坏了，脏水流得满地都是，气味难闻，老人小孩走路很危险" },
			{ "松鹤苑污水井盖破损", "松鹤苑北门外的污水井盖破损，污水漫到人行道上，散发恶臭，老人小孩经过容易摔倒", "松鹤苑下水道盖子坏了",
					"松鹤苑北门那边下水道的盖子坏了，脏水流得满地都是，气味难闻，行人走路很危险" },
			{ "金沙湾楼下烧烤油烟噪音扰民", "金沙湾小区楼下烧烤摊每天晚上油烟很大，噪音吵得居民睡不着觉", "金沙湾夜市烤串烟熏吵闹", "金沙湾小区楼底下夜市摆摊烤串，烟熏火燎，吵闹到半夜无法入睡" },
			{ "青枫苑电梯经常故障", "青枫苑3栋电梯三天两头坏，昨天又困了人，维保公司半小时才到", "青枫苑电梯老出故障", "青枫苑三号楼电梯老是出故障，昨日再次有人被困，维修单位过了半个钟头才来" } };

	@LocalServerPort
	int port;

	@Autowired
	RecentOrders recent;

	@Autowired
	RecentMeanings meanings;

	@Autowired
	DuplicateSettings settings;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void meaningsAsTheTestsHaveThem() {
		this.meanings.on(false);
	}

	private long register(String title, String content) {
		Api.Response response = Api.as(this.port, "agent1")
			.post("/api/orders", Map.of("channel", "WEB", "type", "COMPLAINT", "title", title, "content", content,
					"caller", Map.of("phone", phone())));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		this.recent.settle();
		return response.id();
	}

	private static String phone() {
		return "136" + String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000L));
	}

	private JsonNode duplicateFlag(long order) {
		for (JsonNode flag : Api.as(this.port, "supervisor1")
			.get("/api/orders/" + order + "/flags")
			.body()
			.get("flags")) {
			if (flag.get("kind").asString().equals("DUPLICATE")) {
				return flag;
			}
		}
		return null;
	}

	private JsonNode link(long order, long other) {
		for (JsonNode link : Api.as(this.port, "dispatcher1")
			.get("/api/orders/" + order + "/related")
			.body()
			.get("links")) {
			if (link.get("orderId").asLong() == other) {
				return link;
			}
		}
		return null;
	}

	@Test
	void ordersAlikeInMeaningAreFoundWhereTheirWordsAloneFallShort() {
		this.meanings.on(true);
		assertThat(this.meanings.on()).as("the embedding model runs here: %s", TextEmbeddings.unavailable()).isTrue();
		int byMeaningOnly = 0;
		for (String[] pair : PAIRS) {
			long first = register(pair[0], pair[1]);
			assertThat(this.meanings.contains(first)).as("embedded after registration").isTrue();
			double words = this.recent.match(new Probe(null, pair[2], pair[3], null, null, null, null), first).score();
			double cosine = this.meanings
				.cosine(MeaningIndex.Quantized
					.of(TextEmbeddings.embed(RecentMeanings.text(pair[2], pair[3]), RecentMeanings.CHARS)), first)
				.orElseThrow();
			double mean = Duplicate.mean(words, cosine);
			String scores = String.format("%s / %s: words %.3f, meaning %.3f, mean %.3f", pair[0], pair[2], words,
					cosine, mean);

			long second = register(pair[2], pair[3]);
			JsonNode flag = duplicateFlag(second);
			if (mean < this.settings.meaningThreshold() - 0.01) {
				assertThat(link(second, first)).as("not linked: " + scores).isNull();
				continue;
			}
			if (mean < this.settings.meaningThreshold() + 0.01) {
				continue; // too near the threshold to tell from outside
			}
			assertThat(flag).as("a duplicate: " + scores).isNotNull();
			assertThat(flag.get("detail").asString()).contains("语义相似度");
			JsonNode link = link(second, first);
			assertThat(link).as("linked: " + scores).isNotNull();
			assertThat(link.get("reasons").toString()).contains("SIMILAR_MEANING");
			if (words < this.settings.threshold()) {
				byMeaningOnly++;
				if (flag.get("relatedOrderId").asLong() == first) {
					assertThat(flag.get("rule").asString()).isEqualTo("similar-meaning");
				}
			}
		}
		assertThat(byMeaningOnly).as("pairs found by their meaning that the words alone would have missed")
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void vectorsAreStoredReadBackAndCaughtUp() {
		long unseen = register("竹韵园垃圾清运不及时", "竹韵园小区垃圾桶满了三天没人清运，臭味很大");
		assertThat(this.meanings.contains(unseen)).as("not embedded while the comparison is off").isFalse();

		this.meanings.on(true);
		long embedded = register("竹韵园垃圾桶满溢", "竹韵园小区的垃圾桶满得溢出来，好几天没有清运");
		assertThat(stored(embedded)).as("stored with the order").isEqualTo(1);
		assertThat(stored(unseen)).isZero();

		this.recent.rebuild();
		assertThat(this.meanings.contains(embedded)).as("read back by a rebuild").isTrue();
		assertThat(this.meanings.contains(unseen)).isFalse();

		Long next = this.meanings.catchUp(java.time.Instant.EPOCH, embedded);
		assertThat(this.meanings.contains(unseen)).as("caught up").isTrue();
		assertThat(stored(unseen)).isEqualTo(1);
		assertThat(next == null || next < embedded).isTrue();
	}

	private int stored(long order) {
		return this.jdbc.sql("select count(*) from order_meaning where order_id = ?")
			.param(order)
			.query(Integer.class)
			.single();
	}

}
