package io.hotline.intake.duplicate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hotline.platform.QuotedCsv;
import io.hotline.workorder.Status;

/**
 * The Teddy 2020 hot-spot messages ({@code attachment3_hot.csv}: 留言编号, 留言用户, 留言主题, 留言时间,
 * 留言详情, …) as orders of the recent-orders index, their user as the caller, and the
 * hand-labelled pairs of them (message ids and DUPLICATE or DIFFERENT, no text).
 */
final class TeddyPairs {

	static final String SHARED_INPUT = "../shared/data/teddy2020/attachment3_hot.csv";

	static final String LABELS = "src/test/resources/duplicates/labels.csv";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("y/M/d H:m:s");

	private TeddyPairs() {
	}

	/** The messages by id, in the file's order. */
	static Map<Long, Indexed> messages(Path file) throws IOException {
		List<List<String>> rows;
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			rows = QuotedCsv.rows(reader);
		}
		if (rows.isEmpty() || !rows.get(0).contains("留言详情")) {
			throw new IOException(file + " is not the Teddy hot-spot set (留言编号,留言用户,留言主题,留言时间,留言详情,…)");
		}
		List<String> header = rows.get(0);
		int id = header.indexOf("留言编号");
		int user = header.indexOf("留言用户");
		int title = header.indexOf("留言主题");
		int time = header.indexOf("留言时间");
		int text = header.indexOf("留言详情");
		Map<Long, Indexed> messages = new LinkedHashMap<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			if (row.size() < header.size() || row.get(id).isBlank()) {
				continue;
			}
			long number = Long.parseLong(row.get(id).strip());
			messages.put(number, new Indexed(number, row.get(id).strip(), row.get(title).strip(), row.get(text).strip(),
					row.get(user).strip(), null, null, null,
					LocalDateTime.parse(row.get(time).strip(), TIME).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
					Status.REGISTERED, null, null));
		}
		return messages;
	}

	/** The labelled pairs: two message ids and whether they are duplicates. */
	static List<Pair> labels(Path file) throws IOException {
		List<Pair> pairs = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String[] parts = line.strip().split(",");
			if (parts.length != 3 || !parts[0].matches("[0-9]+")) {
				continue;
			}
			pairs.add(new Pair(Long.parseLong(parts[0]), Long.parseLong(parts[1]), "DUPLICATE".equals(parts[2])));
		}
		return pairs;
	}

	/** The index of all the messages. */
	static RecentIndex index(Map<Long, Indexed> messages) {
		RecentIndex index = new RecentIndex();
		messages.values().forEach(index::add);
		return index;
	}

	/**
	 * The cosines of the pairs' sentence embeddings as the check computes them: the text
	 * it embeds, in 8-bit integers.
	 */
	static double[] cosines(Map<Long, Indexed> messages, List<Pair> pairs) {
		List<Long> ids = new ArrayList<>(new java.util.LinkedHashSet<>(
				pairs.stream().flatMap((p) -> java.util.stream.Stream.of(p.a(), p.b())).toList()));
		float[][] vectors = io.hotline.classification.TextEmbeddings.embedAll(
				ids.stream().map(messages::get).map((m) -> RecentMeanings.text(m.title(), m.content())).toList(),
				RecentMeanings.CHARS);
		Map<Long, MeaningIndex.Quantized> quantized = new java.util.HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			quantized.put(ids.get(i), MeaningIndex.Quantized.of(vectors[i]));
		}
		double[] cosines = new double[pairs.size()];
		for (int i = 0; i < pairs.size(); i++) {
			cosines[i] = quantized.get(pairs.get(i).a()).cosine(quantized.get(pairs.get(i).b()));
		}
		return cosines;
	}

	/** A labelled pair. */
	record Pair(long a, long b, boolean duplicate) {

	}

	/** Precision and recall at a threshold over scored pairs. */
	record Quality(double threshold, int truePositives, int falsePositives, int falseNegatives) {

		static Quality at(double threshold, List<Pair> pairs, double[] scores) {
			int tp = 0;
			int fp = 0;
			int fn = 0;
			for (int i = 0; i < pairs.size(); i++) {
				boolean found = scores[i] >= threshold;
				if (found && pairs.get(i).duplicate()) {
					tp++;
				}
				else if (found) {
					fp++;
				}
				else if (pairs.get(i).duplicate()) {
					fn++;
				}
			}
			return new Quality(threshold, tp, fp, fn);
		}

		double precision() {
			return (this.truePositives + this.falsePositives == 0) ? 1
					: this.truePositives / (double) (this.truePositives + this.falsePositives);
		}

		double recall() {
			return (this.truePositives + this.falseNegatives == 0) ? 1
					: this.truePositives / (double) (this.truePositives + this.falseNegatives);
		}

	}

}
