package io.hotline.knowledge.articles;

import io.hotline.knowledge.SearchMode;
import io.hotline.platform.DateParameter;
import io.hotline.platform.Problem;

/** The checks of a search's parameters, each refused by name. */
final class SearchParameters {

	/** More than a screen of answers helps no agent on a call. */
	static final int MOST_HITS = 50;

	/** A whole typed call is longer, but its start says what it asks (see the search). */
	static final int QUERY_CHARS = 2000;

	private SearchParameters() {
	}

	static String text(String text, String field, boolean required) {
		if (text == null || text.isBlank()) {
			if (required) {
				throw Problem.invalid("knowledge.query-required", field);
			}
			return "";
		}
		if (text.length() > QUERY_CHARS) {
			throw Problem.invalid("knowledge.field-too-long", field, QUERY_CHARS);
		}
		return text.strip();
	}

	static int size(String size, int otherwise) {
		if (size == null || size.isBlank()) {
			return otherwise;
		}
		try {
			int n = Integer.parseInt(size.strip());
			if (n >= 1 && n <= MOST_HITS) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// refused below, as a number out of range
		}
		throw Problem.invalid("knowledge.bad-size", size, MOST_HITS);
	}

	static SearchMode mode(String mode) {
		if (mode == null || mode.isBlank()) {
			return SearchMode.COMBINED;
		}
		try {
			return SearchMode.of(mode);
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("knowledge.bad-mode", mode);
		}
	}

	static boolean flag(String value, String field) {
		if (value == null || value.isBlank()) {
			return false;
		}
		return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "true", "1", "yes" -> true;
			case "false", "0", "no" -> false;
			default -> throw Problem.invalid("knowledge.bad-flag", field, value);
		};
	}

	static java.time.LocalDate date(String value, String field, java.time.LocalDate otherwise) {
		return DateParameter.parse(field, value, "knowledge.bad-date", otherwise);
	}

}
