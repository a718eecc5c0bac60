package io.hotline.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A day given from outside ({@code YYYY-MM-DD}), refused with the caller's problem. */
public final class DateParameter {

	private DateParameter() {
	}

	/**
	 * The day {@code text} names; a 400 with {@code problemKey} (its arguments the
	 * parameter's name and the text) where it names none.
	 */
	public static LocalDate parse(String parameter, String text, String problemKey) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw Problem.invalid(problemKey, parameter, text);
		}
	}

	/** The same, or {@code otherwise} where the text is missing or blank. */
	public static LocalDate parse(String parameter, String text, String problemKey, LocalDate otherwise) {
		return (text == null || text.isBlank()) ? otherwise : parse(parameter, text, problemKey);
	}

}
