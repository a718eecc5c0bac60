package io.hotline.classification.task;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.hotline.platform.StandaloneTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code classifier-train} and {@code classifier-predict} as the contract runs them,
 * without the application: a CSV in, a model file, a CSV of predictions out.
 */
class ClassifierTasksTests {

	private static final String[][] TRAINING = { { "供水", "停水" }, { "噪声", "噪音扰民" }, { "教育", "学校补课" } };

	@TempDir
	Path directory;

	@Test
	void trainsFromACsvAndPredictsEveryRowInOrderWithAProbability() throws Exception {
		Path train = this.directory.resolve("train.csv");
		StringBuilder csv = new StringBuilder("label,text\n");
		for (int i = 0; i < 15; i++) {
			for (String[] example : TRAINING) {
				csv.append(example[0]).append(",\"小区").append(i).append("号楼，").append(example[1]).append("，请处理\"\n");
			}
		}
		Files.writeString(train, csv);
		Path model = this.directory.resolve("models/model.bin");
		assertThat(run("classifier-train", "--input", train, "--model", model)).isZero();

		Path test = this.directory.resolve("test.csv");
		Files.writeString(test, "\uFEFFlabel,text\nwhatever,\"学校又要补课，\n家长很无奈\"\n,停水了\n教育,\"楼下\"\"噪音扰民\"\"\"\n");
		Path predictions = this.directory.resolve("out/pred.csv");
		assertThat(run("classifier-predict", "--model", model, "--input", test, "--output", predictions)).isZero();

		List<String> lines = Files.readAllLines(predictions);
		assertThat(lines.get(0)).isEqualTo("label,probability");
		assertThat(lines.subList(1, lines.size()).stream().map((l) -> l.split(",")[0]).toList()).containsExactly("教育",
				"供水", "噪声");
		assertThat(lines.subList(1, lines.size()))
			.allSatisfy((line) -> assertThat(Double.parseDouble(line.split(",")[1])).isBetween(0.0, 1.0));
	}

	@Test
	void refusesABadFileWithExitCodeTwoAndSaysWhereItIsWrong() throws Exception {
		Path bad = Files.writeString(this.directory.resolve("bad.csv"), "label,text\n噪声,施工\n供水,停水,三天\n");
		List<String> errors = new ArrayList<>();

		assertThat(run(errors, "classifier-train", "--input", bad, "--model", this.directory.resolve("m")))
			.isEqualTo(2);
		assertThat(run(errors, "classifier-predict", "--model", this.directory.resolve("none"), "--input", bad,
				"--output", this.directory.resolve("p.csv")))
			.isEqualTo(2);
		assertThat(run(errors, "classifier-train", "--input", bad)).isEqualTo(2);

		assertThat(errors.get(0)).startsWith("classifier-train: ").contains(bad + " line 3: 3 fields");
		assertThat(errors.get(1)).contains("no such model file");
		assertThat(errors.get(2)).contains("Missing option --model");
		assertThat(this.directory.resolve("m")).doesNotExist();
	}

	private static int run(Object... args) {
		return run(new ArrayList<>(), args);
	}

	private static int run(List<String> errors, Object... args) {
		PrintStream original = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			String[] strings = java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
			return StandaloneTasks.run(strings).orElseThrow();
		}
		finally {
			System.setErr(original);
			errors.add(captured.toString(StandardCharsets.UTF_8).lines().collect(Collectors.joining("\n")));
		}
	}

}
