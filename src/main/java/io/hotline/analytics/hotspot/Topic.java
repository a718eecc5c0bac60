package io.hotline.analytics.hotspot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A hot topic: messages that say much the same, with what sets them apart.
 *
 * @param id the topic's name: {@code T} and the id of its most typical message (a topic
 * followed over time keeps the name it was first given, see {@link TopicTracker})
 * @param size how many messages it holds
 * @param keywords its distinctive words, the best first
 * @param places the places its messages name most, with the number of messages naming
 * each
 * @param unit the length of one step of the trend
 * @param trend the messages per step, from the topic's first step to the last step of the
 * whole set (so that a topic that went quiet ends in zeros)
 * @param first when its first message came
 * @param last when its last message came
 * @param typical the messages nearest its centre, the nearest first (up to five)
 * @param heat how hot it is, and why
 * @param status whether it is new and rising, or steady, or fading
 * @param centroid the mean of its messages' embeddings, of length 1, or {@code null}
 * where the topics were found on words alone
 * @param messageIds the ids of all its messages
 */
public record Topic(String id, int size, List<Keyword> keywords, List<Place> places, TrendUnit unit,
		List<TrendPoint> trend, Instant first, Instant last, List<HotMessage> typical, Heat heat, Status status,
		float[] centroid, List<String> messageIds) {

	/** A distinctive word and its score: its share of the topic times its rarity. */
	public record Keyword(String word, int messages, double score) {

	}

	/** A place and the number of the topic's messages that name it. */
	public record Place(String name, int messages) {

	}

	/** The messages of one step of the trend, the step starting on {@code start}. */
	public record TrendPoint(LocalDate start, int messages) {

	}

	public enum TrendUnit {

		DAY, WEEK, MONTH

	}

	/** How a topic's recent rate compares with its own earlier rate. */
	public enum Status {

		/** Mostly recent, several times its earlier rate: a new problem. */
		EMERGING,
		/** More than usual lately. */
		RISING,
		/** About as usual. */
		STEADY,
		/** Less than usual lately, or silent. */
		FADING

	}

	/**
	 * The heat of a topic, which explains itself:
	 * {@code score = attention × growthFactor}.
	 *
	 * @param score the heat
	 * @param messages the topic's size
	 * @param attention the sum over its messages of {@code log2(1 + weight)}: 1 a message
	 * without likes, 2 with 2 likes, 11 with 2,000
	 * @param recent its messages in the recent window (the last {@code window} of the
	 * set)
	 * @param expectedRecent what its own earlier rate would have brought in that window
	 * @param growth {@code (recent + 1) / (expectedRecent + 1)}
	 * @param growthFactor {@code sqrt(growth)} held between 0.5 and 4
	 */
	public record Heat(double score, int messages, double attention, int recent, double expectedRecent, double growth,
			double growthFactor) {

		/** The score in words, e.g. for a report. */
		public String explain() {
			return String.format(Locale.ROOT,
					"heat %.1f = attention %.1f (%d messages, likes weighted by log2(1+w)) × growth factor %.2f"
							+ " (%d recent vs %.1f expected from its earlier rate: growth %.2f)",
					this.score, this.attention, this.messages, this.growthFactor, this.recent, this.expectedRecent,
					this.growth);
		}

	}

	/** The keywords' words, the best first. */
	public List<String> words() {
		return this.keywords.stream().map(Keyword::word).toList();
	}

	/** The places' names, the most named first. */
	public List<String> placeNames() {
		return this.places.stream().map(Place::name).toList();
	}

}
