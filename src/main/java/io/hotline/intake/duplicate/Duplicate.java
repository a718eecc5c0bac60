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
	String describe() {
		return (this.cosine == null) ? String.format("相似度 %.2f", this.match.score())
				: String.format("文字相似度 %.2f，语义相似度 %.2f", this.match.score(), this.cosine);
	}

}
