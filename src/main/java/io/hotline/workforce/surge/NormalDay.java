package io.hotline.workforce.surge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.hotline.workforce.staffing.ErlangC;

/**
 * A normal day: the mean calls of each interval of the day over every day of a series
 * {@code interval_start,calls} (the bank's 5-minute series: 169 intervals, 07:00–21:05).
 */
record NormalDay(LocalTime opens, int intervalMinutes, double[] calls) {

	static NormalDay read(Path csv) throws IOException {
		List<String> lines = Files.readAllLines(csv);
		Map<LocalTime, double[]> sums = new TreeMap<>();
		LocalDateTime previous = null;
		int interval = 0;
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) {
				continue;
			}
			String[] cells = line.split(",");
			LocalDateTime start = LocalDateTime.parse(cells[0].strip());
			double calls = Double.parseDouble(cells[1].strip());
			if (previous != null && previous.toLocalDate().equals(start.toLocalDate())) {
				long minutes = ChronoUnit.MINUTES.between(previous, start);
				interval = interval == 0 ? (int) minutes : Math.min(interval, (int) minutes);
			}
			previous = start;
			double[] sum = sums.computeIfAbsent(start.toLocalTime(), (t) -> new double[2]);
			sum[0] += calls;
			sum[1]++;
		}
		if (sums.isEmpty() || interval <= 0) {
			throw new IllegalArgumentException(
					"no intervals in " + csv + " (a header interval_start,calls, then rows)");
		}
		double[] mean = sums.values().stream().mapToDouble((sum) -> sum[0] / sum[1]).toArray();
		return new NormalDay(sums.keySet().iterator().next(), interval, mean);
	}

	int intervals() {
		return this.calls.length;
	}

	double total() {
		double total = 0;
		for (double c : this.calls) {
			total += c;
		}
		return total;
	}

	/**
	 * Rostered agents per half hour (or per interval if longer) by Erlang C for this
	 * service level.
	 */
	int[] staffed(double handlingSeconds, double level, double answerSeconds) {
		int block = Math.max(1, 30 / this.intervalMinutes);
		int[] agents = new int[intervals()];
		for (int from = 0; from < intervals(); from += block) {
			int to = Math.min(intervals(), from + block);
			double calls = 0;
			for (int i = from; i < to; i++) {
				calls += this.calls[i];
			}
			double perSecond = calls / ((to - from) * this.intervalMinutes * 60.0);
			int n = ErlangC.agentsFor(perSecond * handlingSeconds, handlingSeconds, level, answerSeconds);
			for (int i = from; i < to; i++) {
				agents[i] = n;
			}
		}
		return agents;
	}

}
