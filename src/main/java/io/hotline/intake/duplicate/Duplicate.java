package io.hotline.intake.duplicate;

import java.util.ArrayList;
import java.util.List;

/**
 * A recent order found to be a duplicate after registration: its match of the words, the
 * score that decided (the words', or the mean of the words' and the meanings') and the
 * cosine of the two orders' sentence embeddings where they were compared.
 */
record Duplicate(Match match, double score, Double cosine) {

	/** The score of words and meanings together: their mean. */
	static double mean(double words, double cosine) {
		return (words + cosine) / 2;
	}

	List<String> reasons(double wordsThreshold) {
		List<String> reasons = new ArrayList<>(Candidate.of(this.match, wordsThreshold).reasons());
		if (this.cosine != null) {
			reasons.add("SIMILAR_MEANING");
		}
		return reasons;
	}

	/** The scores for a flag's note: 文字相似度 0.31，语义相似度 0.86. */
	/**
	 * The flag's explanation as a fact: similar to the order of that day and number, by
	 * these scores, with the same caller or place.
	 */
	io.hotline.platform.Fact fact(String day, String number, boolean sameCaller, boolean samePlace) {
		String words = String.format(java.util.Locale.ROOT, "%.2f", this.match.score());
		String same = (sameCaller && samePlace) ? "flag.same-caller-place"
				: sameCaller ? "flag.same-caller" : samePlace ? "flag.same-place" : null;
		String key = (this.cosine == null) ? "flag.duplicate" : "flag.duplicate-meaning";
		java.util.List<String> arguments = new java.util.ArrayList<>(java.util.List.of(day, number, words));
		if (this.cosine != null) {
			arguments.add(String.format(java.util.Locale.ROOT, "%.2f", this.cosine));
		}
		if (same != null) {
			arguments.add(io.hotline.platform.Fact.phrase(same));
		}
		return new io.hotline.platform.Fact((same == null) ? key : key + "-also", arguments);
	}

}
