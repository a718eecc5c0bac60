package io.hotline.analytics.hotspot;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hot topics of the 4,326 messages of the Teddy 2020 hot-spot set, when the shared
 * data is beside the project.
 */
class HotspotRealDataTests {

	static final Path HOT = Path.of(System.getProperty("shared.dir", "../shared"), "data", "teddy2020",
			"attachment3_hot.csv");

	@Test
	void findsCoherentTopicsIncludingTheKnownHotSpotsInReasonableTime() throws Exception {
		Assumptions.assumeTrue(Files.isRegularFile(HOT), "skipped: the Teddy 2020 hot-spot messages are not at "
				+ HOT.toAbsolutePath().normalize() + " (the shared data is not beside the project)");
		List<HotMessage> messages = TeddyHotMessages.read(HOT);
		assertThat(messages).hasSize(4326);
		long started = System.nanoTime();
		HotspotReport report = new HotspotFinder().find(messages);
		double seconds = (System.nanoTime() - started) / 1e9;
		assertThat(report.embeddings()).isEqualTo(io.hotline.classification.TextEmbeddings.MODEL);
		// time: the embeddings dominate (about 20 s alone on two idle cores); the rest is
		// bounded tighter
		assertThat(report.wordsTime().plus(report.clusteringTime()).toSeconds()).isLessThan(40);
		assertThat(seconds).isLessThan(150);
		assertThat(report.topics()).hasSizeGreaterThan(100);
		assertThat(report.clustered()).isBetween(1000, 3500);
		// coherence: the typical cases of the ten largest topics mostly share the topic's
		// first keyword
		Map<String, HotMessage> byId = messages.stream().collect(Collectors.toMap(HotMessage::id, Function.identity()));
		List<Topic> largest = report.topics().stream().sorted((a, b) -> b.size() - a.size()).limit(10).toList();
		for (Topic topic : largest) {
			String word = topic.words().get(0);
			long sharing = topic.typical().stream().filter((m) -> (m.title() + m.text()).contains(word)).count();
			assertThat(sharing).as("typical cases of %s sharing %s", topic.words(), word).isGreaterThanOrEqualTo(4);
			long members = topic.messageIds()
				.stream()
				.map(byId::get)
				.filter((m) -> (m.title() + m.text()).contains(word))
				.count();
			assertThat(members / (double) topic.size()).as("messages of %s with %s", topic.words(), word)
				.isGreaterThan(0.6);
		}
		// the known hot spots of the set: each mostly in one topic, named by its place
		// and problem
		assertOneTopic(report, byId, "伊景园", 0.9, "车位");
		assertOneTopic(report, byId, "丽发新城", 0.8, "搅拌站");
		assertOneTopic(report, byId, "58车贷", 0.9, "受害人");
		assertOneTopic(report, byId, "魅力之城", 0.5, "油烟");
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		HotspotTask.print(new PrintStream(printed, true, StandardCharsets.UTF_8), report, 20,
				HotspotParameters.defaults().zone());
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains(" 1. T", "20. T", "keywords:", "typical:");
	}

	private static void assertOneTopic(HotspotReport report, Map<String, HotMessage> byId, String mark, double share,
			String keyword) {
		long all = byId.values().stream().filter((m) -> (m.title() + m.text()).contains(mark)).count();
		Topic best = report.topics()
			.stream()
			.max(java.util.Comparator.comparingLong((Topic t) -> count(t, byId, mark)))
			.orElseThrow();
		assertThat(count(best, byId, mark) / (double) all)
			.as("share of the %d messages on %s in topic %s", all, mark, best.words())
			.isGreaterThanOrEqualTo(share);
		assertThat(best.words()).contains(keyword);
	}

	private static long count(Topic topic, Map<String, HotMessage> byId, String mark) {
		return topic.messageIds()
			.stream()
			.filter((id) -> (byId.get(id).title() + byId.get(id).text()).contains(mark))
			.count();
	}

}
