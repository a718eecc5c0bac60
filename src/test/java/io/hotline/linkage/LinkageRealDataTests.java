package io.hotline.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.hotline.platform.QuotedCsv;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeded rules over the real messages of the Teddy Cup 2020 (attachment 3, the hot
 * messages, and attachment 4, the messages with replies; title and details): how many
 * fire per rule, and the precision of the hand-labelled sample in
 * {@code src/test/resources/linkage/labels.csv} (file, message id, rule, label, sample:
 * ids and labels only, no text; see {@link #precision}). Skipped where the shared data is
 * absent. The hits are written to {@code target/linkage/hits.tsv} for reading, never into
 * the repository. The time of a check is measured by {@code benchmark-linkage} and
 * {@code build/linkage-latency.sh}, not here.
 */
@HotlineTest
class LinkageRealDataTests {

	private static final Path DATA = Path.of("../shared/data/teddy2020");

	private static final List<String> FILES = List.of("attachment3_hot.csv", "attachment4_replies.csv");

	@Autowired
	LinkageRules rules;

	@Test
	void theRulesOverTheRealMessages() throws IOException {
		Assumptions.assumeTrue(FILES.stream().allMatch((f) -> Files.exists(DATA.resolve(f))),
				"the Teddy Cup 2020 messages are not in " + DATA.toAbsolutePath() + "; skipped");
		Map<String, Integer> fired = new TreeMap<>();
		Map<String, String> hitIds = new HashMap<>();
		int messages = 0;
		Files.createDirectories(Path.of("target/linkage"));
		try (Writer out = Files.newBufferedWriter(Path.of("target/linkage/hits.tsv"))) {
			for (String file : FILES) {
				for (List<String> row : rows(DATA.resolve(file))) {
					String text = row.get(2).strip() + "\n" + row.get(4).strip();
					List<LinkageHit> hits = this.rules.evaluate(text);
					messages++;
					for (LinkageHit hit : hits) {
						fired.merge(hit.code(), 1, Integer::sum);
						hitIds.put(file + "," + row.get(0).strip() + "," + hit.code(), "");
						out.write(file + "\t" + row.get(0).strip() + "\t" + hit.code() + "\t" + hit.words() + "\t"
								+ around(text, hit.words().get(0)) + "\n");
					}
				}
			}
		}
		System.out.printf("LINKAGE messages=%d fired=%s%n", messages, fired);
		precision(hitIds);
		assertThat(messages).isGreaterThan(7_000);
	}

	/**
	 * The precision of each rule on the labelled sample, the sample the rules were tuned
	 * on apart from the one read after: the share of hits that call for the rule's action
	 * now (label 2) and the share on the rule's topic at all, now, past or feared (label
	 * 1 or 2); 0 is a false alarm, the words meaning something else. Every label must be
	 * a hit still.
	 */
	private static void precision(Map<String, String> hitIds) throws IOException {
		Path labels = Path.of("src/test/resources/linkage/labels.csv");
		if (!Files.exists(labels)) {
			return;
		}
		List<String> lines = Files.readAllLines(labels);
		Map<String, int[]> byRule = new TreeMap<>();
		List<String> gone = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(",");
			if (!hitIds.containsKey(f[0] + "," + f[1] + "," + f[2])) {
				gone.add(line);
			}
			int[] counts = byRule.computeIfAbsent(f[2] + " " + f[4], (r) -> new int[3]);
			counts[Integer.parseInt(f[3].strip())]++;
		}
		byRule.forEach((rule, c) -> System.out.printf("LINKAGE precision %s n=%d now=%d on-topic=%d false=%d%n", rule,
				c[0] + c[1] + c[2], c[2], c[1] + c[2], c[0]));
		assertThat(gone).as("labelled hits that no longer fire: label the sample again").isEmpty();
	}

	private static List<List<String>> rows(Path file) throws IOException {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<List<String>> rows = QuotedCsv.rows(reader);
			return rows.subList(1, rows.size()).stream().filter((r) -> r.size() >= 5).toList();
		}
	}

	private static String around(String text, String word) {
		int at = text.indexOf(word);
		String span = text.substring(Math.max(0, at - 40), Math.min(text.length(), at + word.length() + 40));
		return span.replaceAll("\\s+", " ");
	}

}
