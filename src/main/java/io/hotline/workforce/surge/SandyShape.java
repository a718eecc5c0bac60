package io.hotline.workforce.surge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a disaster surge: Hurricane Sandy's 311 calls a day ({@code total} of
 * {@code sandy_311_daily.csv}), from the first day above 1 % of the peak day (2012-10-27,
 * the eve of landfall) on. Laid over a normal day, one Sandy day covers
 * {@code minutesPerDay} of the day, from the day's opening: the day's interval gets the
 * factor {@code max(1, peak × calls that day / calls of the peak day)}, so the surge
 * rises and decays as Sandy's did and its peak is {@code peak} × normal.
 */
record SandyShape(List<Double> days) {

	static SandyShape read(Path csv) throws IOException {
		List<String> lines = Files.readAllLines(csv);
		String[] header = lines.get(0).split(",");
		int column = List.of(header).indexOf("total");
		if (column < 0) {
			throw new IllegalArgumentException("no column 'total' in " + csv);
		}
		List<Double> totals = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			if (!line.isBlank()) {
				totals.add(Double.parseDouble(line.split(",")[column].strip()));
			}
		}
		double peak = totals.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		int first = 0;
		while (first < totals.size() && totals.get(first) < 0.01 * peak) {
			first++;
		}
		if (peak <= 0) {
			throw new IllegalArgumentException("no calls in " + csv);
		}
		return new SandyShape(totals.subList(first, totals.size()));
	}

	/** The surge factor of each interval of a day of these intervals. */
	double[] factors(int intervals, int intervalMinutes, int minutesPerDay, double peak) {
		double most = this.days.stream().mapToDouble(Double::doubleValue).max().orElse(1);
		double[] factors = new double[intervals];
		for (int i = 0; i < intervals; i++) {
			int day = i * intervalMinutes / minutesPerDay;
			double calls = day < this.days.size() ? this.days.get(day) : 0;
			factors[i] = Math.max(1, peak * calls / most);
		}
		return factors;
	}

}
