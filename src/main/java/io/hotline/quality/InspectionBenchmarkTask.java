package io.hotline.quality;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.hotline.assist.FormBenchmark;
import io.hotline.platform.QuotedCsv;
import io.hotline.platform.StandaloneTask;
import io.hotline.platform.TaskOptions;
import io.hotline.quality.checks.AnswerCheck;
import io.hotline.quality.checks.Checks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code benchmark-inspection [--messages ../shared/data/teddy2020/attachment2_messages.csv]
 * [--dialogues ../shared/data/dialogue/dch_train.jsonl] [--rate 0.15] [--rounds 3] [--shared ../shared]
 * [--form-calls 400] [--form-dialogues 1246]}: calls generated from the Teddy messages
 * with violations injected at known places, inspected by the default rule set —
 * throughput (calls a second, p50/p99 per call) and each rule's precision and recall
 * against the injections; then the "answer or next step stated" rule on the DCH
 * dialogues' agent turns against their solution labels ({@code HNUG*}); then assist's
 * form filling, accuracy per field ({@link FormBenchmark}). No database.
 */
public class InspectionBenchmarkTask implements StandaloneTask {

	@Override
	public String name() {
		return "benchmark-inspection";
	}

	@Override
	public String description() {
		return "quality inspection: throughput and each rule's precision and recall on calls generated from the "
				+ "Teddy messages, the answer rule on the DCH dialogues";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		Path messages = Path.of(options.get("messages").orElse("../shared/data/teddy2020/attachment2_messages.csv"));
		Path dialogues = Path.of(options.get("dialogues").orElse("../shared/data/dialogue/dch_train.jsonl"));
		Inspector inspector = new Inspector(Checks.all());
		List<Rule> rules = DefaultRules.rules();
		System.out.printf("machine: %d cores, Java %s, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
		if (Files.isRegularFile(messages)) {
			generated(messages, inspector, rules, Double.parseDouble(options.get("rate").orElse("0.15")),
					Math.max(1, options.intValue("rounds", 3)));
		}
		else {
			System.out.println("skipped: no Teddy messages at " + messages.toAbsolutePath().normalize()
					+ " (give --messages FILE)");
		}
		if (Files.isRegularFile(dialogues)) {
			dch(dialogues, rules);
		}
		else {
			System.out.println("skipped: no DCH dialogues at " + dialogues.toAbsolutePath().normalize()
					+ " (give --dialogues FILE)");
		}
		System.out.println("== form filling (assist's benchmark): accuracy per field");
		FormBenchmark.measure(Path.of(options.get("shared").orElse("../shared")), options.intValue("form-calls", 400),
				options.intValue("form-dialogues", 1246), 20, System.out);
		return 0;
	}

	private static void generated(Path file, Inspector inspector, List<Rule> rules, double rate, int rounds)
			throws Exception {
		List<List<String>> rows;
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			rows = QuotedCsv.rows(reader);
		}
		GeneratedCalls generator = new GeneratedCalls(20, rate);
		List<GeneratedCalls.Generated> calls = new ArrayList<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			if (row.size() >= 5) {
				calls.add(generator.call("teddy-" + row.get(0), row.get(2).strip(), row.get(4).strip()));
			}
		}
		long utterances = calls.stream().mapToLong((c) -> c.conversation().utterances().size()).sum();
		System.out.printf("== calls generated from %s: %,d calls, %,d utterances, violations injected at rate %.2f%n",
				file.getFileName(), calls.size(), utterances, rate);
		long[] nanos = new long[calls.size()];
		List<List<Finding>> found = new ArrayList<>();
		long started = System.nanoTime();
		for (int round = 1; round <= rounds; round++) {
			for (int i = 0; i < calls.size(); i++) {
				long t = System.nanoTime();
				List<Finding> findings = inspector.inspect(new Inspected(calls.get(i).conversation(), null, null),
						rules);
				nanos[i] = System.nanoTime() - t;
				if (round == rounds) {
					found.add(findings);
				}
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		Arrays.sort(nanos);
		System.out.printf(
				"throughput: %,.0f calls/s (%d rounds, one thread); per call p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
				calls.size() * rounds / seconds, rounds, nanos[nanos.length / 2] / 1e6,
				nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6);
		Map<String, int[]> counts = new TreeMap<>();
		for (int i = 0; i < calls.size(); i++) {
			Set<String> flagged = new HashSet<>();
			found.get(i).forEach((f) -> flagged.add(f.ruleId()));
			for (GeneratedCalls.Violation v : GeneratedCalls.Violation.values()) {
				boolean injected = calls.get(i).injected().contains(v);
				boolean hit = flagged.contains(v.ruleId);
				int[] c = counts.computeIfAbsent(v.ruleId, (k) -> new int[3]);
				c[0] += (injected && hit) ? 1 : 0;
				c[1] += (!injected && hit) ? 1 : 0;
				c[2] += (injected && !hit) ? 1 : 0;
			}
		}
		System.out.println("rule                 injected  found  precision  recall");
		counts.forEach((rule, c) -> System.out.printf("%-20s %8d %6d %10s %7s%n", rule, c[0] + c[2], c[0] + c[1],
				ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2])));
	}

	private static void dch(Path file, List<Rule> rules) throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		Rule answer = rules.stream().filter((r) -> r.id().equals("answer")).findFirst().orElseThrow();
		AnswerCheck check = new AnswerCheck();
		int tp = 0;
		int fp = 0;
		int fn = 0;
		int turns = 0;
		int dialogues = 0;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			dialogues++;
			for (JsonNode turn : json.readTree(line).get("turns")) {
				JsonNode votes = turn.get("nugget_votes");
				if (!"agent".equals(turn.get("speaker").asString()) || votes == null) {
					continue;
				}
				turns++;
				int solution = votes.path("HNUG*").asInt(0);
				boolean labelled = solution > votes.path("HNUG").asInt(0) && solution > votes.path("HNaN").asInt(0);
				boolean predicted = check.states(turn.get("text").asString(), answer);
				tp += (labelled && predicted) ? 1 : 0;
				fp += (!labelled && predicted) ? 1 : 0;
				fn += (labelled && !predicted) ? 1 : 0;
			}
		}
		System.out.printf(
				"== DCH %s: %,d dialogues, %,d agent turns, %,d labelled solution stated (HNUG* the majority)%n",
				file.getFileName(), dialogues, turns, tp + fn);
		System.out.printf("answer or next step stated, per agent turn: precision %s, recall %s%n", ratio(tp, tp + fp),
				ratio(tp, tp + fn));
	}

	private static String ratio(int part, int whole) {
		return (whole == 0) ? "—" : String.format("%.3f", part / (double) whole);
	}

}
