package io.hotline.handling.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hotline.platform.QuotedCsv;

/**
 * Reply quality on the Teddy Cup 2020 replies (attachment 4: 留言编号, 留言用户, 留言主题, 留言时间,
 * 留言详情, 答复意见, 答复时间): every reply scored in the order it was given, against the earlier
 * replies of its city (the letter its subject names a place by, standing in for the
 * answering unit, which the file does not give), with its handling time; and the scores
 * against a hand-labelled sample (留言编号, GOOD or POOR).
 */
public final class ReplyQualityBenchmark {

	/** One scored reply. */
	public record Scored(long messageId, String unit, int score, double handlingDays, ReplyScore detail) {

	}

	/** The agreement of "under the threshold" with the labels POOR. */
	public record Agreement(int labelled, int poor, double auc, int truePositives, int flagged) {

		public double precision() {
			return (this.flagged == 0) ? 0 : this.truePositives / (double) this.flagged;
		}

		public double recall() {
			return (this.poor == 0) ? 0 : this.truePositives / (double) this.poor;
		}

	}

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/M/d H:mm[:ss]");

	private static final Pattern CITY = Pattern.compile("[A-Z]");

	private ReplyQualityBenchmark() {
	}

	/** Every reply of the file scored, in the order the replies were given. */
	public static List<Scored> score(Path input, ReplyScorer scorer) throws IOException {
		List<List<String>> rows;
		try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
			rows = QuotedCsv.rows(reader);
		}
		List<List<String>> replies = new ArrayList<>(
				rows.subList(1, rows.size()).stream().filter((r) -> r.size() >= 7 && !r.get(5).isBlank()).toList());
		replies.sort(Comparator.comparing((List<String> r) -> time(r.get(6)),
				Comparator.nullsFirst(Comparator.naturalOrder())));
		Map<String, Deque<int[]>> recent = new HashMap<>();
		List<Scored> scored = new ArrayList<>();
		for (List<String> r : replies) {
			Matcher city = CITY.matcher(r.get(2));
			String unit = city.find() ? city.group() : "?";
			Deque<int[]> earlier = recent.computeIfAbsent(unit, (k) -> new ArrayDeque<>());
			ReplyScore score = scorer.score(r.get(2), r.get(4), r.get(5), List.copyOf(earlier));
			earlier.addFirst(ReplyScorer.shingles(r.get(5)));
			if (earlier.size() > scorer.rules().window()) {
				earlier.removeLast();
			}
			LocalDateTime asked = time(r.get(3));
			LocalDateTime answered = time(r.get(6));
			double days = (asked == null || answered == null) ? Double.NaN
					: Duration.between(asked, answered).toMinutes() / 1440.0;
			scored.add(new Scored(Long.parseLong(r.get(0).strip()), unit, score.score(), days, score));
		}
		return scored;
	}

	/** The labels of a sample: 留言编号 to POOR (true) or GOOD (false). */
	public static Map<Long, Boolean> labels(Path file) throws IOException {
		Map<Long, Boolean> labels = new HashMap<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String[] cells = line.split(",");
			if (cells.length == 2 && cells[0].strip().matches("\\d+")) {
				labels.put(Long.parseLong(cells[0].strip()), cells[1].strip().equalsIgnoreCase("POOR"));
			}
		}
		return labels;
	}

	/**
	 * The AUC of the score as a detector of POOR replies (a lower score, more likely
	 * poor; ties count half) and precision and recall of "under the threshold".
	 */
	public static Agreement agreement(List<Scored> scored, Map<Long, Boolean> labels, int threshold) {
		List<Scored> poor = new ArrayList<>();
		List<Scored> good = new ArrayList<>();
		for (Scored s : scored) {
			Boolean label = labels.get(s.messageId());
			if (label != null) {
				(label ? poor : good).add(s);
			}
		}
		double pairs = 0;
		for (Scored p : poor) {
			for (Scored g : good) {
				pairs += (p.score() < g.score()) ? 1 : (p.score() == g.score()) ? 0.5 : 0;
			}
		}
		int flagged = (int) (poor.stream().filter((s) -> s.score() < threshold).count()
				+ good.stream().filter((s) -> s.score() < threshold).count());
		int hits = (int) poor.stream().filter((s) -> s.score() < threshold).count();
		double auc = (poor.isEmpty() || good.isEmpty()) ? Double.NaN : pairs / poor.size() / good.size();
		return new Agreement(poor.size() + good.size(), poor.size(), auc, hits, flagged);
	}

	/** Spearman's rank correlation of two series (average ranks for ties). */
	public static double spearman(double[] x, double[] y) {
		double[] rx = ranks(x);
		double[] ry = ranks(y);
		double mx = mean(rx);
		double my = mean(ry);
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (int i = 0; i < rx.length; i++) {
			sxy += (rx[i] - mx) * (ry[i] - my);
			sxx += (rx[i] - mx) * (rx[i] - mx);
			syy += (ry[i] - my) * (ry[i] - my);
		}
		return sxy / Math.sqrt(sxx * syy);
	}

	private static double[] ranks(double[] values) {
		Integer[] order = new Integer[values.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> values[i]));
		double[] ranks = new double[values.length];
		for (int i = 0; i < order.length;) {
			int j = i;
			while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
				j++;
			}
			for (int k = i; k <= j; k++) {
				ranks[order[k]] = (i + j) / 2.0 + 1;
			}
			i = j + 1;
		}
		return ranks;
	}

	private static double mean(double[] values) {
		double sum = 0;
		for (double v : values) {
			sum += v;
		}
		return sum / values.length;
	}

	private static LocalDateTime time(String text) {
		try {
			return LocalDateTime.parse(text.strip(), TIME);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
