package io.hotline.conversation;

/**
 * How a conversation went as the caller and an inspector would judge it, each on the −2…2
 * scale of the DCH annotations (the expected mean of the annotators' scores).
 *
 * @param accomplishment A: was the caller's problem solved, how far
 * @param satisfaction S: the caller's satisfaction with the conversation
 * @param effectiveness E: was it solved efficiently
 */
public record DialogueQuality(double accomplishment, double satisfaction, double effectiveness) {

	/** A score that flags a conversation for review: an expected dissatisfied caller. */
	public boolean dissatisfied(double threshold) {
		return this.satisfaction < threshold;
	}

	double[] values() {
		return new double[] { this.accomplishment, this.satisfaction, this.effectiveness };
	}

}
