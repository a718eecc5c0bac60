package io.hotline.platform;

/**
 * Free text as the platform takes it from its users, and how long it may be. The API
 * refuses text with a control character other than tab, line feed and carriage return
 * (PostgreSQL cannot store NUL at all; the others are no part of anything a person
 * writes) and text with an unpaired UTF-16 surrogate (no UTF-8 can carry it: the database
 * would keep a {@code ?} where the answer echoed the character) wherever it comes in:
 * JSON strings, query and form parameters (see {@link RequestInputConfiguration}). The
 * lengths keep the append-only timeline and the tables of a sensible size.
 */
public final class InputText {

	/** Notes, reasons and comments: a paragraph or a few. */
	public static final int NOTE = 5_000;

	/** Replies, answers and the content of an order: a letter, as intake takes it. */
	public static final int LONG = 20_000;

	private InputText() {
	}

	/**
	 * The text stripped (null stays null), refused naming the field when it is longer
	 * than {@code max} characters.
	 */
	public static String limited(String text, String field, int max) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > max) {
			throw Problem.invalid("request.too-long", field, max);
		}
		return stripped;
	}

	/**
	 * The text, refused naming the field when it holds what the platform does not take.
	 */
	public static String checked(String text, String field) {
		String fault = fault(text);
		if (fault != null) {
			throw Problem.invalid(fault, field);
		}
		return text;
	}

	/**
	 * The message key of what is wrong with the text, or null: a control character, or an
	 * unpaired surrogate.
	 */
	static String fault(String text) {
		if (text == null) {
			return null;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				return "request.control-character";
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return "request.malformed-text";
			}
		}
		return null;
	}

}
