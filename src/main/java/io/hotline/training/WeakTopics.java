package io.hotline.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/**
 * An agent's standing per topic over a period: their questions answered and right in
 * scored attempts, and their inspection findings ({@link AgentFindings}, every
 * implementation added up). A topic is weak with fewer than 70 % right over at least two
 * questions, or with at least two findings; the weak topics, worst first (wrong answers
 * plus findings), are those recommended for training.
 */
@Component
class WeakTopics {

	static final int WEAK_PERCENT = 70;

	static final int LEAST_QUESTIONS = 2;

	static final int WEAK_FINDINGS = 2;

	static final int RECOMMENDED = 3;

	static final int DEFAULT_DAYS = 90;

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final AttemptStore attempts;

	private final List<AgentFindings> findings;

	private final Clock clock;

	WeakTopics(AttemptStore attempts, List<AgentFindings> findings, Clock clock) {
		this.attempts = attempts;
		this.findings = findings;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(BEIJING));
	}

	Standing of(String agent, LocalDate from, LocalDate to) {
		Map<String, int[]> counts = new TreeMap<>();
		for (AttemptStore.TopicScore score : this.attempts.topicScores(agent, from, to)) {
			int[] c = counts.computeIfAbsent(score.topic(), (t) -> new int[3]);
			c[0] += score.questions();
			c[1] += score.correct();
		}
		for (AgentFindings source : this.findings) {
			source.countsByTopic(agent, from, to)
				.forEach((topic, n) -> counts.computeIfAbsent(topic, (t) -> new int[3])[2] += n);
		}
		List<TopicStanding> topics = new ArrayList<>();
		counts.forEach((topic, c) -> topics.add(standing(topic, c[0], c[1], c[2])));
		topics.sort(Comparator.comparing(TopicStanding::weak)
			.reversed()
			.thenComparing(Comparator.comparingInt(TopicStanding::weakness).reversed())
			.thenComparing(TopicStanding::topic));
		List<String> recommended = topics.stream()
			.filter(TopicStanding::weak)
			.limit(RECOMMENDED)
			.map(TopicStanding::topic)
			.toList();
		return new Standing(agent, from, to, topics, recommended);
	}

	static TopicStanding standing(String topic, int questions, int correct, int findings) {
		Integer percent = (questions > 0) ? Scoring.percent(correct, questions) : null;
		boolean weak = (questions >= LEAST_QUESTIONS && percent < WEAK_PERCENT) || findings >= WEAK_FINDINGS;
		return new TopicStanding(topic, questions, correct, percent, findings, weak);
	}

	/**
	 * A topic: questions answered, right, the per cent right, findings, and whether it is
	 * weak.
	 */
	record TopicStanding(String topic, int questions, int correct, Integer percent, int findings, boolean weak) {

		int weakness() {
			return this.questions - this.correct + this.findings;
		}

	}

	/** An agent's topics over the period and the ones recommended for training. */
	record Standing(String agent, LocalDate from, LocalDate to, List<TopicStanding> topics, List<String> recommended) {
	}

}
