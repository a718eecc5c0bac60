package io.hotline.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The CPU time that each part of a benchmark's set-up spends: each instance, PostgreSQL
 * (its postmaster and every backend), nginx and this process (the client), each with its
 * processes' descendants. Two readings around a measured run give its CPU per order by
 * part: on a machine that the run keeps busy, throughput is the cores over that sum, so a
 * part's growth from one set-up to another is what the other costs.
 */
final class CpuUse {

	private final Map<String, List<ProcessHandle>> parts;

	private CpuUse(Map<String, List<ProcessHandle>> parts) {
		this.parts = parts;
	}

	/**
	 * The parts: the instances (#1, #2 …), PostgreSQL (the postmaster of the cluster in
	 * {@code postgres}, from its {@code postmaster.pid}), nginx and the client.
	 */
	static CpuUse of(Instances instances, NginxProxy proxy, Path postgres) {
		Map<String, List<ProcessHandle>> parts = new LinkedHashMap<>();
		List<ProcessHandle> each = instances.processes();
		for (int i = 0; i < each.size(); i++) {
			parts.put("#" + (i + 1), List.of(each.get(i)));
		}
		postmaster(postgres).ifPresent((pid) -> parts.put("PostgreSQL", List.of(pid)));
		parts.put("nginx", List.of(proxy.process()));
		parts.put("client", List.of(ProcessHandle.current()));
		return new CpuUse(parts);
	}

	private static Optional<ProcessHandle> postmaster(Path cluster) {
		try {
			return ProcessHandle
				.of(Long.parseLong(Files.readAllLines(cluster.resolve("postmaster.pid")).get(0).strip()));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** Nanoseconds of CPU so far, by part; the client counts only its own process. */
	Map<String, Long> read() {
		Map<String, Long> used = new LinkedHashMap<>();
		this.parts.forEach((part, roots) -> used.put(part, roots.stream()
			.flatMap((root) -> part.equals("client") ? Stream.of(root)
					: Stream.concat(Stream.of(root), root.descendants()))
			.mapToLong((process) -> process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L))
			.sum()));
		return used;
	}

	/**
	 * "instances 2.10 ms (#1 0.70, #2 0.71 …), PostgreSQL 0.60 ms, nginx 0.10 ms, client
	 * 0.15 ms; all 2.95 ms an order, the machine's cores busy 97 %": the CPU between two
	 * readings per order, and the share of the cores it kept busy over the seconds
	 * between.
	 */
	static String perOrder(Map<String, Long> before, Map<String, Long> after, long orders, double seconds) {
		Map<String, Double> millis = new LinkedHashMap<>();
		after.forEach((part, nanos) -> millis.put(part, (nanos - before.getOrDefault(part, 0L)) / 1e6 / orders));
		double instances = millis.entrySet()
			.stream()
			.filter((e) -> e.getKey().startsWith("#"))
			.mapToDouble(Map.Entry::getValue)
			.sum();
		double all = millis.values().stream().mapToDouble(Double::doubleValue).sum();
		String each = millis.entrySet()
			.stream()
			.filter((e) -> e.getKey().startsWith("#"))
			.map((e) -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
			.collect(Collectors.joining(", "));
		String others = millis.entrySet()
			.stream()
			.filter((e) -> !e.getKey().startsWith("#"))
			.map((e) -> String.format(Locale.ROOT, "%s %.2f ms", e.getKey(), e.getValue()))
			.collect(Collectors.joining(", "));
		double busy = all * orders / 1e3 / seconds / Runtime.getRuntime().availableProcessors();
		return String.format(Locale.ROOT, "instances %.2f ms (%s), %s; all %.2f ms an order, the cores busy %.0f %%",
				instances, each, others, all, 100 * busy);
	}

}
