package io.hotline.assist;

/**
 * One field of a proposed form: its value (a code where the field has codes: the order
 * type, the category, the urgency, the address's finest division), what a person reads,
 * how sure the filler is (0–1), and the utterance it rests on (its index in the
 * conversation; {@code null} where the whole conversation made it).
 */
public record FormField(String value, String label, double confidence, Integer utterance, String evidence) {

	/** A field the conversation does not fill. */
	public static final FormField EMPTY = new FormField(null, null, 0, null, null);

	public boolean filled() {
		return this.value != null && !this.value.isBlank();
	}

}
