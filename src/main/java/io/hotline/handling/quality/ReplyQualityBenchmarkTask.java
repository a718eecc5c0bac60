package io.hotline.handling.quality;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.hotline.platform.StandaloneTask;
import io.hotline.platform.TaskOptions;

/**
 * {@code benchmark-reply-quality [--input ../shared/data/teddy2020/attachment4_replies.csv]
 * [--labels src/test/resources/reply-quality/labels.csv]}: the reply-quality scores of
 * the real replies, by band with their handling time, and their agreement with a
 * hand-labelled sample (docs/reply-quality.md).
 */
public class ReplyQualityBenchmarkTask implements StandaloneTask {

	static final String SHARED_INPUT = "../shared/data/teddy2020/attachment4_replies.csv";

	static final String LABELS = "src/test/resources/reply-quality/labels.csv";

	private final PrintStream out = System.out;

	@Override
	public String name() {
		return "benchmark-reply-quality";
	}

	@Override
	public String description() {
		return "reply quality: score distribution and handling time of real replies, AUC against a labelled sample";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		Path input = options.file("input", SHARED_INPUT, "replies");
		ReplyScorer scorer = new ReplyScorer(ReplyQualityRules.defaults());
		long started = System.nanoTime();
		List<ReplyQualityBenchmark.Scored> scored = ReplyQualityBenchmark.score(input, scorer);
		double ms = (System.nanoTime() - started) / 1e6;
		int threshold = scorer.rules().threshold();
		this.out.printf("%,d replies scored in %.0f ms (%.2f ms a reply, with its city's last %d replies compared); "
				+ "threshold %d%n", scored.size(), ms, ms / scored.size(), scorer.rules().window(), threshold);
		this.out.printf("mean score %.1f; under the threshold %d (%.1f%%)%n",
				scored.stream().mapToInt(ReplyQualityBenchmark.Scored::score).average().orElse(0),
				scored.stream().filter((s) -> s.score() < threshold).count(),
				100.0 * scored.stream().filter((s) -> s.score() < threshold).count() / scored.size());
		bands(scored);
		reasons(scored);
		List<ReplyQualityBenchmark.Scored> timed = scored.stream()
			.filter((s) -> !Double.isNaN(s.handlingDays()))
			.toList();
		this.out.printf("Spearman rank correlation, score vs handling time: %.3f (%,d replies with both times)%n",
				ReplyQualityBenchmark.spearman(
						timed.stream().mapToDouble(ReplyQualityBenchmark.Scored::score).toArray(),
						timed.stream().mapToDouble(ReplyQualityBenchmark.Scored::handlingDays).toArray()),
				timed.size());
		Path labels = Path.of(options.get("labels").orElse(LABELS));
		if (Files.isRegularFile(labels)) {
			Map<Long, Boolean> sample = ReplyQualityBenchmark.labels(labels);
			ReplyQualityBenchmark.Agreement a = ReplyQualityBenchmark.agreement(scored, sample, threshold);
			this.out.printf(
					"labelled sample: %d replies, %d POOR; AUC %.3f; under %d: precision %.2f (%d/%d), "
							+ "recall %.2f (%d/%d)%n",
					a.labelled(), a.poor(), a.auc(), threshold, a.precision(), a.truePositives(), a.flagged(),
					a.recall(), a.truePositives(), a.poor());
		}
		return 0;
	}

	private void bands(List<ReplyQualityBenchmark.Scored> scored) {
		this.out.println("| score | replies | share | mean score | median handling days | mean handling days |");
		this.out.println("|---|---:|---:|---:|---:|---:|");
		for (int low = 0; low < 100; low += 10) {
			int from = low;
			int to = (low == 90) ? 101 : low + 10;
			List<ReplyQualityBenchmark.Scored> band = scored.stream()
				.filter((s) -> s.score() >= from && s.score() < to)
				.toList();
			double[] days = band.stream()
				.mapToDouble(ReplyQualityBenchmark.Scored::handlingDays)
				.filter((d) -> !Double.isNaN(d))
				.sorted()
				.toArray();
			this.out.printf("| %d–%d | %,d | %.1f%% | %.1f | %.1f | %.1f |%n", from, to - 1, band.size(),
					100.0 * band.size() / scored.size(),
					band.stream().mapToInt(ReplyQualityBenchmark.Scored::score).average().orElse(Double.NaN),
					(days.length == 0) ? Double.NaN : days[days.length / 2],
					Arrays.stream(days).average().orElse(Double.NaN));
		}
	}

	private void reasons(List<ReplyQualityBenchmark.Scored> scored) {
		Map<String, Long> counts = new java.util.TreeMap<>();
		for (ReplyQualityBenchmark.Scored s : scored) {
			for (String reason : s.detail().reasons()) {
				counts.merge(reason.replaceAll("[0-9]+", "N").replaceAll("（“.*”）", "（“…”）"), 1L, Long::sum);
			}
		}
		this.out.println("reasons:");
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(10)
			.forEach((e) -> this.out.printf("  %,6d  %s%n", e.getValue(), e.getKey()));
	}

}
