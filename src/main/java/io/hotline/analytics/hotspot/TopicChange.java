package io.hotline.analytics.hotspot;

/**
 * What became of a topic from one period to the next.
 *
 * @param id the topic's lasting name: the earlier topic's where there is one, the later
 * topic's where it is new
 * @param change new, growing, steady, shrinking or gone
 * @param earlier the topic in the earlier period, or {@code null} where it is new
 * @param later the topic in the later period, or {@code null} where it is gone
 * @param similarity how alike the two are (0 where one is missing)
 * @param rateRatio its messages a day in the later period over those in the earlier one
 * (0 where one is missing)
 */
public record TopicChange(String id, Change change, Topic earlier, Topic later, double similarity, double rateRatio) {

	public enum Change {

		/** Only in the later period: an emerging topic. */
		NEW,
		/** In both, at least 1.5 times the earlier rate. */
		GROWING,
		/** In both, at about the same rate. */
		STEADY,
		/** In both, at most two thirds of the earlier rate. */
		SHRINKING,
		/** Only in the earlier period. */
		GONE

	}

}
