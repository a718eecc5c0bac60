package io.hotline.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.hotline.platform.HotlineProperties;
import io.hotline.platform.HotlineTask;
import io.hotline.platform.TaskOptions;
import io.hotline.platform.Workers;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code soak [--minutes 30] [--clients 16] [--warmup-seconds 60] [--sample-seconds 60]
 * [--report FILE]}: the mixed load of {@link SoakClient} for so long on a fresh platform,
 * with the heap after a full collection, threads and the database's size at the start,
 * every minute and at the end; exit 0 only when {@link SoakReport} passes it.
 */
@Component
class SoakTask implements HotlineTask {

	/**
	 * How long the platform's background work may take to settle before the end's sample.
	 */
	private static final Duration SETTLE = Duration.ofSeconds(5);

	private final Environment environment;

	private final DataSource dataSource;

	private final HotlineProperties properties;

	private final Workers workers;

	SoakTask(Environment environment, DataSource dataSource, HotlineProperties properties, Workers workers) {
		this.workers = workers;
		this.environment = environment;
		this.dataSource = dataSource;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "soak";
	}

	@Override
	public String description() {
		return "mixed load of every kind of user for --minutes (30): requests, errors, heap after GC per minute";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		Duration duration = Duration.ofMillis(Math.round(decimal(options, "minutes", 30) * 60_000));
		int clients = options.intValue("clients", 16);
		Duration warmup = Duration.ofSeconds(options.intValue("warmup-seconds", 60));
		Duration every = Duration.ofSeconds(Math.max(1, options.intValue("sample-seconds", 60)));
		if (duration.isZero() || duration.isNegative() || clients < 1) {
			throw new IllegalArgumentException("--minutes and --clients must be more than 0");
		}
		Path reportFile = options.get("report").map(Path::of).orElse(null);
		if (System.getenv("HOTLINE_BENCHMARK_DATA_DIR") == null) {
			BenchmarkTask.removeOnExit(this.properties.dataDir());
		}
		String heading = String.format(
				"soak: %d clients for %.1f min after %d s of warm-up; %d cores, Java %s, max heap %,d MiB; data in %s",
				clients, duration.toMillis() / 60_000.0, warmup.toSeconds(), Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
				this.properties.dataDir().toAbsolutePath());
		System.out.println(heading);
		StartupWork.awaitDone(this.workers);
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		int port = Integer.parseInt(this.environment.getRequiredProperty("local.server.port"));
		try (LoggedErrors logged = LoggedErrors.attach()) {
			SoakLoad load = new SoakLoad(port, this.properties.demo().password());
			SoakStats warm = new SoakStats(20);
			if (!warmup.isZero()) {
				load.run(clients, warmup, warm);
				System.out.printf("warm-up: %,d requests, %,d errors%n", warm.requests(), warm.errors());
			}
			Thread.sleep(SETTLE.toMillis());
			SoakSample start = SoakSample.take(Duration.ZERO, jdbc, null);
			System.out.println("start: heap after GC " + start.heapMib() + " MiB, " + start.threads() + " threads");
			SoakStats stats = new SoakStats(20);
			List<SoakSample> minutes = Collections.synchronizedList(new ArrayList<>());
			long began = System.nanoTime();
			ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
			sampler.scheduleAtFixedRate(() -> sample(jdbc, stats, began, minutes), every.toMillis(), every.toMillis(),
					TimeUnit.MILLISECONDS);
			try {
				load.run(clients, duration, stats);
			}
			finally {
				sampler.shutdown();
				sampler.awaitTermination(1, TimeUnit.MINUTES);
			}
			double seconds = (System.nanoTime() - began) / 1e9;
			Thread.sleep(SETTLE.toMillis());
			SoakSample end = SoakSample.take(Duration.ofNanos(System.nanoTime() - began), jdbc, stats);
			SoakReport report = new SoakReport(heading, warm, stats, seconds, start, minutes, end, logged);
			String text = report.text();
			System.out.print(text);
			if (reportFile != null) {
				Files.writeString(reportFile, text, StandardCharsets.UTF_8);
			}
			return report.problems().isEmpty() ? 0 : 1;
		}
	}

	/**
	 * A sample under load, printed at once; one that fails is told and the next one
	 * tried.
	 */
	private static void sample(JdbcTemplate jdbc, SoakStats stats, long began, List<SoakSample> minutes) {
		try {
			SoakSample sample = SoakSample.take(Duration.ofNanos(System.nanoTime() - began), jdbc, stats);
			minutes.add(sample);
			System.out.printf(
					"%5.1f min: heap after GC %,d MiB, %d threads, database %,d MiB, %,d requests, %,d errors%n",
					sample.at().toMillis() / 60_000.0, sample.heapMib(), sample.threads(), sample.databaseBytes() >> 20,
					sample.requests(), sample.errors());
		}
		catch (RuntimeException ex) {
			System.out.println("sample failed: " + ex);
		}
	}

	private static double decimal(TaskOptions options, String name, double fallback) {
		String value = options.get(name).orElse(null);
		if (value == null) {
			return fallback;
		}
		try {
			return Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Option --" + name + " must be a number, not '" + value + "'");
		}
	}

}
