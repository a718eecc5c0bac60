package io.hotline.classification;

import java.util.List;
import java.util.Optional;

/**
 * The sentence embeddings of bge-small-zh-v1.5 for other modules (the knowledge base's
 * semantic search): vectors of length 1, so that a dot product is the cosine. The
 * classifier's own session serves both, so the model is loaded once per process.
 */
public final class TextEmbeddings {

	/** The model's name, for a report. */
	public static final String MODEL = SentenceEmbeddings.MODEL;

	private TextEmbeddings() {
	}

	/** Why the model cannot run here (a native library missing, say), if it cannot. */
	public static Optional<String> unavailable() {
		return SentenceEmbeddings.unavailable();
	}

	public static int dimension() {
		return SentenceEmbeddings.dimension();
	}

	/** The vector of the text's first {@code maxChars} characters. */
	public static float[] embed(String text, int maxChars) {
		return SentenceEmbeddings.embed(text, maxChars);
	}

	/** The vectors of many texts, on one worker per core. */
	public static float[][] embedAll(List<String> texts, int maxChars) {
		return SentenceEmbeddings.embedAll(texts, maxChars);
	}

}
