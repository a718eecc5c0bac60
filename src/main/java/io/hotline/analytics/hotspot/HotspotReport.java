package io.hotline.analytics.hotspot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The hot topics of a set of messages, the hottest first.
 *
 * @param topics the topics, by heat
 * @param messages the messages looked at
 * @param clustered how many of them are in a topic
 * @param from the start of the period (the earliest message, or the first percentile's
 * time where a few stragglers lie far earlier)
 * @param to the end of the period (the recent window ends here)
 * @param embeddings the embedding model used, or why none was
 * @param wordsTime segmenting and weighing the words
 * @param embeddingTime embedding the messages
 * @param clusteringTime linking, clustering and describing the topics
 */
public record HotspotReport(List<Topic> topics, int messages, int clustered, Instant from, Instant to,
		String embeddings, Duration wordsTime, Duration embeddingTime, Duration clusteringTime) {

	/** The emerging topics, the hottest first. */
	public List<Topic> emerging() {
		return this.topics.stream().filter((t) -> t.status() == Topic.Status.EMERGING).toList();
	}

	/** The length of the period in days, at least one. */
	public double days() {
		return Math.max(1, Duration.between(this.from, this.to).toSeconds() / 86400.0);
	}

}
