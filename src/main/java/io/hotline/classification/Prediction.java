package io.hotline.classification;

import java.util.List;

/**
 * What a classifier says of one text: every label with its calibrated probability, most
 * probable first, and the terms of the text that weighed most for the first.
 */
public record Prediction(List<Scored> labels, List<Term> terms) {

	public Prediction {
		labels = List.copyOf(labels);
		terms = List.copyOf(terms);
	}

	public String label() {
		return this.labels.get(0).label();
	}

	public double probability() {
		return this.labels.get(0).probability();
	}

	/** A label and the probability that it is the right one. */
	public record Scored(String label, double probability) {

	}

	/**
	 * A term of the text (a character n-gram, or a word as {@code w:词}) and how much it
	 * added to the predicted label's score.
	 */
	public record Term(String term, double weight) {

	}

}
