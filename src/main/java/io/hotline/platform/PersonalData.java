package io.hotline.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scrubs personal data from a text before it is published: e-mail addresses, phone
 * numbers (mobile, landline), ID card and bank card numbers (any run of seven digits or
 * more), licence plates, flat numbers ({@code 502室}) and the names the caller is known by
 * each become {@value #MARK}. Times, dates, prices and street numbers stay.
 */
public final class PersonalData {

	/** What stands in a text for what was scrubbed. */
	public static final String MARK = "***";

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

	private static final Pattern NUMBER = Pattern.compile("(?<![\\w-])(?:\\+?86[ -]?)?"
			+ "(?:1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}|0\\d{2,3}[ -]\\d{7,8}|\\d{17}[\\dXx]|\\d{7,})(?![\\w-])");

	private static final Pattern PLATE = Pattern
		.compile("[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·\\s]?[A-Z0-9]{5,6}(?![A-Za-z0-9])");

	private static final Pattern FLAT = Pattern.compile("(?<!\\d)\\d{3,4}(?=[室房户])");

	private PersonalData() {
	}

	/**
	 * The text without the personal data recognised in it, nor these names (a name of one
	 * character is left: it would scrub ordinary words).
	 */
	public static String scrub(String text, String... names) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String scrubbed = text;
		for (String name : names) {
			if (name != null && name.strip().codePointCount(0, name.strip().length()) >= 2) {
				scrubbed = scrubbed.replace(name.strip(), MARK);
			}
		}
		for (Pattern pattern : new Pattern[] { EMAIL, NUMBER, PLATE, FLAT }) {
			scrubbed = pattern.matcher(scrubbed).replaceAll(Matcher.quoteReplacement(MARK));
		}
		return scrubbed;
	}

}
