package io.hotline.analytics.hotspot;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.hotline.platform.StandaloneTask;
import io.hotline.platform.TaskOptions;

/**
 * {@code hotspots [--input ../shared/data/teddy2020/attachment3_hot.csv] [--top 20]
 * [--recent-days 7]}: the hot topics of the Teddy 2020 hot-spot messages, the hottest
 * first, with their keywords, places, sizes, dates, trend and two typical titles, and the
 * time taken.
 */
public class HotspotTask implements StandaloneTask {

	static final String SHARED_INPUT = "../shared/data/teddy2020/attachment3_hot.csv";

	private final PrintStream out;

	public HotspotTask() {
		this(System.out);
	}

	HotspotTask(PrintStream out) {
		this.out = out;
	}

	@Override
	public String name() {
		return "hotspots";
	}

	@Override
	public String description() {
		return "hot topics of free text: clusters with keywords, places, trend and typical cases (Teddy 2020 messages)";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		Path input = options.file("input", SHARED_INPUT, "messages");
		long started = System.nanoTime();
		List<HotMessage> messages = TeddyHotMessages.read(input);
		double reading = (System.nanoTime() - started) / 1e9;
		HotspotParameters parameters = HotspotParameters.defaults()
			.withRecentWindow(Duration.ofDays(options.intValue("recent-days", 7)));
		HotspotReport report = new HotspotFinder(parameters).find(messages);
		double total = (System.nanoTime() - started) / 1e9;
		print(this.out, report, options.intValue("top", 20), parameters.zone());
		this.out.println(String.format(Locale.ROOT,
				"time: %.1f s in all (reading %.1f s, words %.1f s, embeddings %.1f s, clustering and topics %.1f s)"
						+ " on %d cores, Java %s",
				total, reading, secs(report.wordsTime()), secs(report.embeddingTime()), secs(report.clusteringTime()),
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
		return 0;
	}

	static void print(PrintStream out, HotspotReport report, int top, ZoneId zone) {
		out.println(String.format(Locale.ROOT,
				"%,d messages, %s – %s; embeddings: %s; %d topics of 3 messages or more hold %,d messages (%.0f%%)",
				report.messages(), day(report.from(), zone), day(report.to(), zone), report.embeddings(),
				report.topics().size(), report.clustered(),
				100.0 * report.clustered() / Math.max(1, report.messages())));
		List<Topic> topics = report.topics();
		for (int t = 0; t < Math.min(top, topics.size()); t++) {
			Topic topic = topics.get(t);
			out.println();
			out.println(String.format(Locale.ROOT, "%2d. %s  %d messages, %s – %s, heat %.1f, %s", t + 1, topic.id(),
					topic.size(), day(topic.first(), zone), day(topic.last(), zone), topic.heat().score(),
					topic.status().name().toLowerCase(Locale.ROOT)));
			out.println("    keywords: " + String.join(" ", topic.words()));
			out.println("    places:   " + topic.places()
				.stream()
				.map((p) -> p.name() + " " + p.messages())
				.collect(Collectors.joining(", ")));
			out.println("    trend:    " + trend(topic));
			for (HotMessage typical : topic.typical().subList(0, Math.min(2, topic.typical().size()))) {
				out.println("    typical:  " + typical.id() + " 「" + typical.title() + "」");
			}
			out.println("    " + topic.heat().explain());
		}
	}

	/** The counts per step, from the first step to the last with a message. */
	static String trend(Topic topic) {
		List<Topic.TrendPoint> trend = topic.trend();
		int last = trend.size() - 1;
		while (last > 0 && trend.get(last).messages() == 0) {
			last--;
		}
		if (trend.isEmpty()) {
			return "(none in the period)";
		}
		String counts = trend.subList(0, last + 1)
			.stream()
			.map((p) -> String.valueOf(p.messages()))
			.collect(Collectors.joining(" "));
		String unit = topic.unit().name().toLowerCase(Locale.ROOT) + "s";
		LocalDate start = trend.get(0).start();
		String rest = (last < trend.size() - 1) ? ", then none for " + (trend.size() - 1 - last) + " " + unit : "";
		return unit + " from " + start + ": " + counts + rest;
	}

	private static String day(java.time.Instant at, ZoneId zone) {
		return at.atZone(zone).toLocalDate().toString();
	}

	private static double secs(Duration duration) {
		return duration.toNanos() / 1e9;
	}

}
