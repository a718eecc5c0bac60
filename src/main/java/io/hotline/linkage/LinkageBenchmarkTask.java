package io.hotline.linkage;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.hotline.platform.HotlineTask;
import io.hotline.platform.QuotedCsv;
import io.hotline.platform.TaskOptions;

import org.springframework.stereotype.Component;

/**
 * {@code benchmark-linkage [--hot ../shared/data/teddy2020/attachment3_hot.csv]
 * [--replies ../shared/data/teddy2020/attachment4_replies.csv] [--rounds 3]}: the enabled
 * rules of the database in {@code HOTLINE_DATA_DIR} (the seeded ones on a fresh one) over
 * the real messages (title and details), the enabled rules as registrations check them
 * (kept 2 s) as the agent's check and the registration read them: how many fire per rule,
 * and the time of one check (the last round's, after the first ones warmed up).
 */
@Component
class LinkageBenchmarkTask implements HotlineTask {

	private final LinkageRules rules;

	LinkageBenchmarkTask(LinkageRules rules) {
		this.rules = rules;
	}

	@Override
	public String name() {
		return "benchmark-linkage";
	}

	@Override
	public String description() {
		return "the linkage rules over the Teddy messages: hits per rule, time of one check";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		List<String> texts = new ArrayList<>();
		texts.addAll(texts(options.file("hot", "../shared/data/teddy2020/attachment3_hot.csv", "Teddy hot messages")));
		texts.addAll(texts(options.file("replies", "../shared/data/teddy2020/attachment4_replies.csv",
				"Teddy messages with replies")));
		int rounds = Math.max(1, options.intValue("rounds", 3));
		System.out.printf("machine: %d cores, Java %s, max heap %d MiB; %,d messages, %d rounds%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20, texts.size(), rounds);
		Map<String, Integer> fired = new TreeMap<>();
		long[] nanos = new long[texts.size()];
		for (int round = 1; round <= rounds; round++) {
			for (int i = 0; i < texts.size(); i++) {
				long started = System.nanoTime();
				List<LinkageHit> hits = this.rules.evaluate(texts.get(i));
				nanos[i] = System.nanoTime() - started;
				if (round == rounds) {
					hits.forEach((hit) -> fired.merge(hit.code(), 1, Integer::sum));
				}
			}
		}
		Arrays.sort(nanos);
		System.out.printf(
				"one check (the enabled rules, read again every 2 s, evaluated): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
				nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6,
				nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6);
		System.out.printf("hits per rule (%,d in all):%n", fired.values().stream().mapToInt(Integer::intValue).sum());
		fired.forEach((code, count) -> System.out.printf("  %-28s %,6d%n", code, count));
		return 0;
	}

	/** Title and details of each message (the third and fifth columns). */
	private static List<String> texts(Path file) throws java.io.IOException {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<List<String>> rows = QuotedCsv.rows(reader);
			return rows.subList(1, rows.size())
				.stream()
				.filter((r) -> r.size() >= 5)
				.map((r) -> r.get(2).strip() + "\n" + r.get(4).strip())
				.toList();
		}
	}

}
