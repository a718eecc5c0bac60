package io.hotline.support;

import java.util.HashMap;
import java.util.Map;

/** Utterances of a {@code TRANSCRIPT} event, as the phone system posts them. */
public final class Utterances {

	private Utterances() {
	}

	/** One utterance: speaker, text, start and end in seconds from the answer. */
	public static Map<String, Object> line(String speaker, String text, double start, double end) {
		Map<String, Object> line = new HashMap<>();
		line.put("speaker", speaker);
		line.put("text", text);
		line.put("start", start);
		line.put("end", end);
		return line;
	}

}
