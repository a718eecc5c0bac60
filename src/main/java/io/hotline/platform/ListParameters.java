package io.hotline.platform;

import java.util.Locale;
import java.util.Set;

/**
 * A page of a list as asked from outside: the column it is sorted by (one of those the
 * list allows), the direction, and the rows wanted ({@code offset}, {@code limit}); each
 * wrong one refused with a 400 naming it.
 */
public record ListParameters(String sort, boolean descending, int offset, int limit) {

	/**
	 * The page asked; a blank parameter takes the list's default ({@code sort}
	 * {@code dir} {@code limit}: the first of {@code sorts} unless given).
	 */
	public static ListParameters of(String sort, String dir, String offset, String limit, Set<String> sorts,
			String defaultSort, boolean defaultDescending, int defaultLimit, int mostLimit) {
		String by = (sort == null || sort.isBlank()) ? defaultSort : sort.strip();
		if (!sorts.contains(by)) {
			throw Problem.invalid("list.bad-sort", sort, String.join(", ", new java.util.TreeSet<>(sorts)));
		}
		boolean descending = descending(dir, defaultDescending);
		int skip = number("offset", offset, 0, Integer.MAX_VALUE);
		int rows = number("limit", limit, defaultLimit, mostLimit);
		return new ListParameters(by, descending, skip, Math.max(1, rows));
	}

	/**
	 * Whether a list's {@code dir} asks for descending order ({@code asc} or
	 * {@code desc}); blank: {@code otherwise}.
	 */
	public static boolean descending(String dir, boolean otherwise) {
		if (dir == null || dir.isBlank()) {
			return otherwise;
		}
		return switch (dir.strip().toLowerCase(Locale.ROOT)) {
			case "asc" -> false;
			case "desc" -> true;
			default -> throw Problem.invalid("list.bad-dir", dir.strip());
		};
	}

	private static int number(String name, String text, int otherwise, int most) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			int n = Integer.parseInt(text.strip());
			if (n >= 0 && n <= most) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw Problem.invalid("list.bad-number", name, text, most);
	}

	/** {@code asc} or {@code desc}, for SQL. */
	public String direction() {
		return this.descending ? "desc" : "asc";
	}

}
