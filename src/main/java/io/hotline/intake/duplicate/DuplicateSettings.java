package io.hotline.intake.duplicate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of duplicate detection (智能查重).
 *
 * @param recentDays orders registered within so many days are candidates for a new one
 * @param threshold the score (cosine of the words' weights, 0 to 1) from which two orders
 * are duplicates: linked and flagged at registration, measured on the Teddy messages
 * ({@code benchmark-duplicates})
 * @param hints the most candidates the agent is shown
 * @param repeatDays an order similar to one of the same caller or place closed within so
 * many days is a repeat complaint (重复投诉)
 * @param collectiveCallers so many distinct callers about one event in one place form a
 * collective case (集中性事件)
 * @param collectiveHours within so many hours
 * @param superviseRepeats whether a repeat complaint is put under supervision (督办) as
 * well as flagged
 * @param meaning whether the check after registration also compares the orders' meanings
 * (sentence embeddings), deciding by the mean of the words' and the meanings' scores
 * @param meaningThreshold that mean from which two orders are duplicates
 * @param meaningBackfill whether orders registered before (an import, a restart after the
 * embeddings were switched on) are embedded in the background
 * @param loopReopenings an order reopened by its callback so many times is a repeat
 * complaint within itself (flagged {@code REPEAT_LOOP}, supervised)
 */
@ConfigurationProperties("hotline.duplicates")
record DuplicateSettings(Integer recentDays, Double threshold, Integer hints, Integer repeatDays,
		Integer collectiveCallers, Integer collectiveHours, Boolean superviseRepeats, Boolean meaning,
		Double meaningThreshold, Boolean meaningBackfill, Integer loopReopenings) {

	/** Where the Teddy benchmark found precision ≥ 0.9 with the most recall. */
	static final double THRESHOLD = 0.25;

	/**
	 * Where the mean of words and embeddings has precision ≥ 0.9 with the most recall, on
	 * the even pairs and on all of them.
	 */
	static final double MEANING_THRESHOLD = 0.52;

	DuplicateSettings {
		recentDays = (recentDays == null) ? 30 : recentDays;
		threshold = (threshold == null) ? THRESHOLD : threshold;
		hints = (hints == null) ? 10 : hints;
		repeatDays = (repeatDays == null) ? 90 : repeatDays;
		collectiveCallers = (collectiveCallers == null) ? 5 : collectiveCallers;
		collectiveHours = (collectiveHours == null) ? 48 : collectiveHours;
		superviseRepeats = (superviseRepeats == null) || superviseRepeats;
		meaning = (meaning == null) || meaning;
		meaningThreshold = (meaningThreshold == null) ? MEANING_THRESHOLD : meaningThreshold;
		meaningBackfill = (meaningBackfill == null) || meaningBackfill;
		loopReopenings = (loopReopenings == null) ? 2 : loopReopenings;
	}

	static DuplicateSettings defaults() {
		return new DuplicateSettings(null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The days of orders the index keeps: enough for duplicates and repeats. */
	int indexDays() {
		return Math.max(this.recentDays, this.repeatDays);
	}

}
