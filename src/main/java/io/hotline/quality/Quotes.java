package io.hotline.quality;

import java.util.regex.Pattern;

/**
 * Quotes of what was said, with the personal data in them masked: mobile and ID-card
 * numbers keep their first three and last four characters.
 */
public final class Quotes {

	static final Pattern ID_CARD = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])");

	static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

	private static final int QUOTE = 200;

	private Quotes() {
	}

	/** The text masked (and cut at 200 characters). */
	public static String masked(String text) {
		if (text == null) {
			return null;
		}
		String masked = mask(mask(text, ID_CARD), MOBILE);
		return (masked.length() > QUOTE) ? masked.substring(0, QUOTE) + "…" : masked;
	}

	private static String mask(String text, Pattern pattern) {
		return pattern.matcher(text).replaceAll((m) -> {
			String n = m.group();
			return n.substring(0, 3) + "*".repeat(n.length() - 7) + n.substring(n.length() - 4);
		});
	}

}
