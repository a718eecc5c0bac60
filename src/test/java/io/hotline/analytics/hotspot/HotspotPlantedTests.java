package io.hotline.analytics.hotspot;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hot-spot discovery on generated messages with planted topics ({@link PlantedMessages}):
 * 2,000 messages on twenty steady subjects, a heating failure long past and a new water
 * outage in one 小区 on the last three days.
 */
class HotspotPlantedTests {

	static List<HotMessage> messages;

	static float[][] vectors;

	static HotspotReport report;

	@BeforeAll
	static void find() {
		messages = PlantedMessages.generate(42);
		vectors = HotspotFinder.embed(messages, HotspotParameters.defaults().maxChars());
		report = new HotspotFinder().find(messages, vectors);
	}

	@Test
	void findsTheNewWaterOutageFirstAmongTheEmergingTopicsWithItsWordsAndPlace() {
		assertThat(report.emerging()).isNotEmpty();
		Topic outage = report.emerging().get(0);
		assertThat(outage.words()).contains("停水");
		assertThat(outage.placeNames()).contains("翠湖花园小区");
		long planted = outage.messageIds().stream().filter((id) -> id.startsWith("new")).count();
		assertThat(planted).as("planted messages in the topic").isGreaterThanOrEqualTo(50);
		assertThat(outage.size() - planted).as("other messages in the topic").isLessThanOrEqualTo(5);
		assertThat(report.topics().get(0)).as("the hottest topic of all").isSameAs(outage);
		assertThat(outage.heat().recent()).isGreaterThanOrEqualTo(50);
		assertThat(outage.heat().explain()).contains("recent");
	}

	@Test
	void theTrendOfTheOutageShowsTheRise() {
		Topic outage = report.emerging().get(0);
		assertThat(outage.unit()).isEqualTo(Topic.TrendUnit.DAY);
		List<Topic.TrendPoint> trend = outage.trend();
		int last3 = trend.subList(trend.size() - 3, trend.size()).stream().mapToInt(Topic.TrendPoint::messages).sum();
		int before = trend.subList(0, trend.size() - 3).stream().mapToInt(Topic.TrendPoint::messages).sum();
		assertThat(last3).isGreaterThanOrEqualTo(50);
		assertThat(before).isLessThanOrEqualTo(3);
		assertThat(trend.get(trend.size() - 1).start()).isEqualTo(java.time.LocalDate.of(2024, 5, 29));
	}

	@Test
	void aSubjectAtASteadyRateIsFoundButNotCalledEmerging() {
		List<Topic> lights = report.topics().stream().filter((t) -> t.words().contains("路灯")).toList();
		assertThat(lights).isNotEmpty();
		assertThat(lights.stream().mapToInt(Topic::size).max().getAsInt()).isGreaterThanOrEqualTo(50);
		assertThat(lights).allSatisfy((t) -> assertThat(t.status()).isNotEqualTo(Topic.Status.EMERGING));
		assertThat(report.emerging()).allSatisfy((t) -> assertThat(t.words()).doesNotContain("路灯"));
	}

	@Test
	void thePastHeatingFailureIsFading() {
		Topic heating = report.topics()
			.stream()
			.filter((t) -> t.messageIds().stream().filter((id) -> id.startsWith("h")).count() >= 30)
			.findFirst()
			.orElseThrow();
		assertThat(heating.status()).isEqualTo(Topic.Status.FADING);
		assertThat(heating.placeNames()).contains("锦绣华庭小区");
		assertThat(heating.words()).containsAnyOf("暖气", "供暖");
	}

	@Test
	void theTopicsAreTheSameWhateverTheOrderOfTheMessages() {
		List<HotMessage> reversed = new java.util.ArrayList<>(messages);
		java.util.Collections.reverse(reversed);
		float[][] reversedVectors = new float[vectors.length][];
		for (int i = 0; i < vectors.length; i++) {
			reversedVectors[i] = vectors[vectors.length - 1 - i];
		}
		HotspotReport again = new HotspotFinder().find(reversed, reversedVectors);
		Topic outage = again.emerging().get(0);
		assertThat(outage.messageIds()).containsExactlyInAnyOrderElementsOf(report.emerging().get(0).messageIds());
	}

	@Test
	void trackingTwoPeriodsKeepsTheSteadyTopicsAndFlagsTheNewAndTheGone() {
		java.time.Instant middle = PlantedMessages.START.plus(java.time.Duration.ofDays(45));
		int split = (int) messages.stream().filter((m) -> m.at().isBefore(middle)).count();
		HotspotParameters parameters = HotspotParameters.defaults();
		HotspotReport earlier = new HotspotFinder(parameters.withNow(middle)).find(messages.subList(0, split),
				java.util.Arrays.copyOfRange(vectors, 0, split));
		HotspotReport later = new HotspotFinder(parameters.withNow(PlantedMessages.END)).find(
				messages.subList(split, messages.size()), java.util.Arrays.copyOfRange(vectors, split, vectors.length));
		List<TopicChange> changes = TopicTracker.track(earlier, later);
		TopicChange outage = changes.stream()
			.filter((c) -> c.later() != null && c.later().placeNames().contains("翠湖花园小区"))
			.findFirst()
			.orElseThrow();
		assertThat(outage.change()).isEqualTo(TopicChange.Change.NEW);
		assertThat(outage.earlier()).isNull();
		TopicChange heating = changes.stream()
			.filter((c) -> c.earlier() != null && c.earlier().placeNames().contains("锦绣华庭小区"))
			.findFirst()
			.orElseThrow();
		assertThat(heating.change()).isEqualTo(TopicChange.Change.GONE);
		List<TopicChange> lights = changes.stream()
			.filter((c) -> c.earlier() != null && c.earlier().words().contains("路灯") && c.earlier().size() >= 20)
			.toList();
		assertThat(lights).isNotEmpty();
		assertThat(lights).allSatisfy((c) -> {
			assertThat(c.later()).isNotNull();
			assertThat(c.later().words()).contains("路灯");
			assertThat(c.id()).isEqualTo(c.earlier().id());
			assertThat(c.change()).isIn(TopicChange.Change.STEADY, TopicChange.Change.GROWING,
					TopicChange.Change.SHRINKING);
		});
		long matched = changes.stream().filter((c) -> c.earlier() != null && c.later() != null).count();
		assertThat(matched).as("topics followed from one period to the next").isGreaterThanOrEqualTo(15);
	}

}
