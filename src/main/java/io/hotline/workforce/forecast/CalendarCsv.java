package io.hotline.workforce.forecast;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.hotline.catalog.DayKind;
import io.hotline.catalog.SpecialDay;

/**
 * The special days of {@code forecast-contacts --calendar FILE}, as the catalog keeps
 * them: {@code date,kind[,name]}, a kind HOLIDAY (放假) or WORKDAY (调休上班), e.g.
 * {@code 2024-02-04,WORKDAY,春节调休}.
 */
final class CalendarCsv {

	private CalendarCsv() {
	}

	static List<SpecialDay> read(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("no calendar file at " + file.toAbsolutePath().normalize());
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("cannot read the calendar " + file + ": " + ex.getMessage());
		}
		List<SpecialDay> days = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).replace("\uFEFF", "").strip();
			if (line.isEmpty() || (i == 0 && line.toLowerCase(Locale.ROOT).startsWith("date,"))) {
				continue;
			}
			String[] fields = line.split(",", 3);
			if (fields.length < 2) {
				throw bad(file, i + 1, "expected date,kind[,name]");
			}
			days.add(new SpecialDay(date(fields[0].strip(), file, i + 1), kind(fields[1].strip(), file, i + 1),
					(fields.length > 2) ? fields[2].strip() : ""));
		}
		return days;
	}

	private static LocalDate date(String text, Path file, int line) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw bad(file, line, "date '" + text + "' is not a date like 2024-02-04");
		}
	}

	private static DayKind kind(String text, Path file, int line) {
		try {
			return DayKind.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw bad(file, line, "kind '" + text + "' is neither HOLIDAY nor WORKDAY");
		}
	}

	private static IllegalArgumentException bad(Path file, int line, String problem) {
		return new IllegalArgumentException(file + " line " + line + ": " + problem);
	}

}
