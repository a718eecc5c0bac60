package io.hotline.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** ISO weeks as their names ({@code 2026-W47}) and their Mondays. */
public final class IsoWeeks {

	private IsoWeeks() {
	}

	/** The name of the week of a day. */
	public static String name(LocalDate day) {
		return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
				day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/**
	 * The Monday of a named week.
	 * @throws IllegalArgumentException when the name is not of an existing week
	 */
	public static LocalDate monday(String name) {
		String upper = name.strip().toUpperCase(Locale.ROOT);
		String[] parts = upper.split("-W");
		try {
			LocalDate monday = LocalDate.of(Integer.parseInt(parts[0]), 1, 4)
				.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(parts[1]))
				.with(DayOfWeek.MONDAY);
			if (parts.length == 2 && name(monday).equals(upper)) {
				return monday;
			}
		}
		catch (RuntimeException ex) {
			// said below
		}
		throw new IllegalArgumentException("not an ISO week: " + name);
	}

}
