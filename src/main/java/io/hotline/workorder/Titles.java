package io.hotline.workorder;

import java.util.regex.Pattern;

/**
 * The title of an order that was registered without one: the first words of its content,
 * up to the end of its first sentence and at most {@value #LONGEST} characters (with "…"
 * where they were cut).
 */
public final class Titles {

	/** The most characters of a title made from the content. */
	public static final int LONGEST = 24;

	private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;\\n\\r]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private Titles() {
	}

	/** The title given, or the first words of the content where none was given. */
	public static String orFirstWords(String title, String content) {
		return (title != null && !title.isBlank()) ? title : firstWords(content);
	}

	/** The first words of a text; null for a blank one. */
	public static String firstWords(String content) {
		if (content == null || content.isBlank()) {
			return null;
		}
		String text = content.strip();
		var end = SENTENCE_END.matcher(text);
		String first = end.find() && end.start() > 0 ? text.substring(0, end.start()) : text;
		first = SPACES.matcher(first).replaceAll(" ").strip();
		if (first.codePointCount(0, first.length()) <= LONGEST) {
			return first;
		}
		return first.substring(0, first.offsetByCodePoints(0, LONGEST - 1)) + "…";
	}

}
