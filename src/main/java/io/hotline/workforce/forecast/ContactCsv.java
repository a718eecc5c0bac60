package io.hotline.workforce.forecast;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads and writes {@code interval_start,calls}: an ISO local date-time and the number of
 * contacts in the interval that starts then. A wrong file is refused with an
 * {@link IllegalArgumentException} that names the file and the line.
 */
final class ContactCsv {

	static final String HEADER = "interval_start,calls";

	private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

	private static final Set<Integer> INTERVALS = Set.of(5, 10, 15, 20, 30, 60);

	private ContactCsv() {
	}

	static ContactHistory read(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("no history file at " + file.toAbsolutePath().normalize());
		}
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(reader, file.toString());
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("cannot read the history " + file + ": " + ex.getMessage());
		}
	}

	static ContactHistory read(BufferedReader reader, String name) throws IOException {
		String header = reader.readLine();
		if (header == null || !header.strip().replace("\uFEFF", "").equalsIgnoreCase(HEADER)) {
			throw new IllegalArgumentException(name + " line 1: the header must be '" + HEADER + "', not '"
					+ ((header != null) ? header : "") + "'");
		}
		Map<LocalDateTime, Double> calls = new TreeMap<>();
		String line;
		int number = 1;
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			String[] fields = line.split(",", -1);
			if (fields.length != 2) {
				throw bad(name, number, "expected 2 fields interval_start,calls, found " + fields.length);
			}
			LocalDateTime start = start(fields[0].strip(), name, number);
			if (calls.put(start, count(fields[1].strip(), name, number)) != null) {
				throw bad(name, number, "interval " + start + " appears twice");
			}
		}
		if (calls.isEmpty()) {
			throw new IllegalArgumentException(name + ": no rows after the header");
		}
		return history(calls, name);
	}

	private static LocalDateTime start(String text, String name, int line) {
		try {
			return LocalDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw bad(name, line,
					"interval_start '" + text + "' is not an ISO local date-time like 2003-03-03T07:00:00");
		}
	}

	private static double count(String text, String name, int line) {
		try {
			double value = Double.parseDouble(text);
			if (value >= 0 && Double.isFinite(value)) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw bad(name, line, "calls '" + text + "' is not a number of calls (0 or more)");
	}

	private static ContactHistory history(Map<LocalDateTime, Double> calls, String name) {
		TreeSet<LocalTime> times = new TreeSet<>();
		calls.keySet().forEach((start) -> times.add(start.toLocalTime()));
		int minutes = interval(new ArrayList<>(times), name);
		List<LocalTime> slots = new ArrayList<>(times);
		TreeMap<LocalDate, double[]> days = new TreeMap<>();
		calls.forEach((start, count) -> days.computeIfAbsent(start.toLocalDate(), (d) -> missing(slots.size()))[slots
			.indexOf(start.toLocalTime())] = count);
		return new ContactHistory(minutes, slots, days);
	}

	private static int interval(List<LocalTime> times, String name) {
		if (times.size() < 2) {
			throw new IllegalArgumentException(name + ": one interval a day is too few to tell the interval's length");
		}
		long minutes = Long.MAX_VALUE;
		for (int i = 1; i < times.size(); i++) {
			minutes = Math.min(minutes, Duration.between(times.get(i - 1), times.get(i)).toMinutes());
		}
		for (LocalTime time : times) {
			long offset = Duration.between(times.get(0), time).toMinutes();
			if (minutes == 0 || offset % minutes != 0 || time.getSecond() != 0) {
				throw new IllegalArgumentException(name + ": interval " + time + " is off the " + minutes
						+ "-minute grid that starts at " + times.get(0));
			}
		}
		if (!INTERVALS.contains((int) minutes)) {
			throw new IllegalArgumentException(
					name + ": intervals of " + minutes + " minutes; expected one of 5, 10, 15, 20, 30 or 60");
		}
		return (int) minutes;
	}

	private static double[] missing(int size) {
		double[] counts = new double[size];
		Arrays.fill(counts, Double.NaN);
		return counts;
	}

	private static IllegalArgumentException bad(String name, int line, String problem) {
		return new IllegalArgumentException(name + " line " + line + ": " + problem);
	}

	static void write(Path file, List<LocalTime> slots, Map<LocalDate, double[]> forecast) throws IOException {
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			writer.write(HEADER);
			writer.newLine();
			for (Map.Entry<LocalDate, double[]> day : forecast.entrySet()) {
				for (int i = 0; i < slots.size(); i++) {
					writer.write(START.format(day.getKey().atTime(slots.get(i))) + ","
							+ String.format(Locale.ROOT, "%.1f", day.getValue()[i]));
					writer.newLine();
				}
			}
		}
	}

}
