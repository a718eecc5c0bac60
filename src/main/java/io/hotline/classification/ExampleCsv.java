package io.hotline.classification;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CSV files of the classifier's commands: training examples under a header that names
 * {@code label} and {@code text}, texts to classify under a header that names
 * {@code text} (other columns are ignored, in any order), and predictions written as
 * {@code label,probability}. A problem is an {@link IllegalArgumentException} that names
 * the file, the line and what is wrong.
 */
public final class ExampleCsv {

	private ExampleCsv() {
	}

	public static List<Example> examples(Path file) throws IOException {
		List<Csv.Row> rows = Csv.read(file);
		List<String> header = header(file, rows, true);
		int label = header.indexOf("label");
		int text = header.indexOf("text");
		List<Example> examples = new ArrayList<>(rows.size());
		for (Csv.Row row : rows.subList(1, rows.size())) {
			List<String> fields = fields(file, row, header, Math.max(label, text));
			String name = fields.get(label).strip();
			if (name.isEmpty()) {
				throw problem(file, row, "the label is empty");
			}
			examples.add(new Example(name, fields.get(text)));
		}
		if (examples.isEmpty()) {
			throw new IllegalArgumentException(file + ": no examples after the header");
		}
		return examples;
	}

	public static List<String> texts(Path file) throws IOException {
		List<Csv.Row> rows = Csv.read(file);
		List<String> header = header(file, rows, false);
		int text = header.indexOf("text");
		return rows.subList(1, rows.size()).stream().map((row) -> fields(file, row, header, text).get(text)).toList();
	}

	public static void writePredictions(Path file, List<Prediction> predictions) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("label,probability\n");
			for (Prediction prediction : predictions) {
				out.write(quoted(prediction.label()) + ','
						+ String.format(Locale.ROOT, "%.6f", prediction.probability()) + '\n');
			}
		}
	}

	private static List<String> header(Path file, List<Csv.Row> rows, boolean labelled) {
		String wanted = labelled ? "label,text" : "text";
		if (rows.isEmpty()) {
			throw new IllegalArgumentException(file + ": empty; the first line must be a header naming " + wanted);
		}
		List<String> header = rows.get(0).fields().stream().map((f) -> f.strip().toLowerCase(Locale.ROOT)).toList();
		for (String column : wanted.split(",")) {
			if (!header.contains(column)) {
				throw new IllegalArgumentException(file + " line " + rows.get(0).line() + ": the header names no '"
						+ column + "' column (it must name " + wanted + "; it reads " + rows.get(0).fields() + ")");
			}
		}
		return header;
	}

	/**
	 * The fields of a row: more than the header names is refused (an unquoted comma),
	 * fewer are taken while they reach the last column needed.
	 */
	private static List<String> fields(Path file, Csv.Row row, List<String> header, int last) {
		if (row.fields().size() > header.size() || row.fields().size() <= last) {
			throw problem(file, row, row.fields().size() + " fields where the header has " + header.size()
					+ " (a text that holds commas, quotes or line breaks must be in double quotes)");
		}
		return row.fields();
	}

	private static IllegalArgumentException problem(Path file, Csv.Row row, String what) {
		return new IllegalArgumentException(file + " line " + row.line() + ": " + what);
	}

	private static String quoted(String field) {
		boolean plain = field.chars().noneMatch((c) -> c == ',' || c == '"' || c == '\n' || c == '\r');
		return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
	}

}
