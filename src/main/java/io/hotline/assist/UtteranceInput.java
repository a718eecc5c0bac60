package io.hotline.assist;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.hotline.conversation.Speaker;
import io.hotline.conversation.Utterance;
import io.hotline.platform.InputText;
import io.hotline.platform.Problem;

/**
 * An utterance as the workstation sends it: {@code speaker} AGENT or CALLER, the text,
 * and its start and end in seconds from the call's start where known.
 */
record UtteranceInput(String speaker, String text, Double start, Double end) {

	/** The most utterances taken at once. */
	static final int MOST = 500;

	static final int TEXT_CHARS = 2_000;

	/** The utterances checked, the first wrong one refused naming its field. */
	static List<Utterance> valid(List<UtteranceInput> inputs) {
		if (inputs == null) {
			return List.of();
		}
		if (inputs.size() > MOST) {
			throw Problem.invalid("assist.too-many-utterances", MOST);
		}
		List<Utterance> utterances = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			UtteranceInput input = inputs.get(i);
			String field = "utterances[" + i + "]";
			if (input == null) {
				throw Problem.invalid("request.required", field);
			}
			if (input.speaker() == null || input.speaker().isBlank()) {
				throw Problem.invalid("request.required", field + ".speaker");
			}
			Speaker speaker;
			try {
				speaker = Speaker.valueOf(input.speaker().strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw Problem.invalid("assist.bad-speaker", field + ".speaker", input.speaker());
			}
			String text = InputText.limited(input.text(), field + ".text", TEXT_CHARS);
			Duration start = seconds(input.start(), field + ".start");
			Duration end = seconds(input.end(), field + ".end");
			if (start != null && end != null && end.compareTo(start) < 0) {
				throw Problem.invalid("assist.ends-before-start", field);
			}
			utterances.add(new Utterance(speaker, text, start, end));
		}
		return utterances;
	}

	private static Duration seconds(Double value, String field) {
		if (value == null) {
			return null;
		}
		if (value.isNaN() || value < 0 || value > 86_400) {
			throw Problem.invalid("request.bad-value", field, value);
		}
		return Duration.ofMillis(Math.round(value * 1000));
	}

}
