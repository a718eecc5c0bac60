package io.hotline.conversation.task;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.hotline.support.StandaloneTaskRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code inspect-dialogues} as the contract runs it. */
class InspectDialoguesTaskTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CSDS = """
			{"id":"csds-1","source":"csds-tods-test","turns":[{"speaker":"caller","text":"我买的空调什么时候能安装"},\
			{"speaker":"agent","text":"您好，安装师傅会在[数字]小时内联系您"},{"speaker":"caller","text":"好的"}],\
			"topics":["家电安装"],"caller_summary":"用户询问空调什么时候能安装。"}""";

	private static final String DCH = """
			{"id":"dch-2","turns":[{"speaker":"caller","text":"手机欠费停机了，充了钱还是不能打电话？？"},\
			{"speaker":"agent","text":"您好，请私信提供号码，帮您查询"}],"quality_mean":{"A":-1,"S":-1,"E":-1}}""";

	private static final String NO_LABELS = """
			{"id":"x-3","turns":[{"speaker":"agent","text":"您好，请问有什么可以帮您"},\
			{"speaker":"caller","text":"我想取消订单"},{"speaker":"caller","text":"能退款吗"}]}""";

	@TempDir
	Path directory;

	@Test
	void writesEveryFieldForEveryLineInOrder() throws IOException {
		Path input = Files.write(this.directory.resolve("in.jsonl"), List.of(CSDS, DCH, NO_LABELS));
		Path output = this.directory.resolve("out.jsonl");
		List<String> printed = new ArrayList<>();

		assertThat(run(printed, "inspect-dialogues", "--input", input, "--output", output)).isEqualTo(0);

		assertThat(printed.get(0)).contains("inspected 3 dialogues").contains("dialogues/s");
		List<String> lines = Files.readAllLines(output);
		assertThat(lines).hasSize(3);
		List<String> ids = new ArrayList<>();
		for (String line : lines) {
			JsonNode result = JSON.readTree(line);
			assertThat(result.propertyNames()).containsExactly("id", "quality", "summary", "topics");
			ids.add(result.get("id").asString());
			for (String score : List.of("A", "S", "E")) {
				assertThat(result.get("quality").get(score).isNumber()).isTrue();
				assertThat(result.get("quality").get(score).asDouble()).isBetween(-2.0, 2.0);
			}
			assertThat(result.get("summary").asString()).startsWith("用户").endsWith("。");
			assertThat(result.get("topics").size()).isBetween(1, 3);
		}
		assertThat(ids).containsExactly("csds-1", "dch-2", "x-3");
		JsonNode first = JSON.readTree(lines.get(0));
		assertThat(first.get("summary").asString()).contains("安装");
		JsonNode third = JSON.readTree(lines.get(2));
		assertThat(third.get("summary").asString()).contains("取消订单");
		// labels in the input change nothing
		Path bare = Files.write(this.directory.resolve("bare.jsonl"),
				List.of(CSDS.replaceAll(",\"topics\".*\\}$", "}")));
		assertThat(run(printed, "inspect-dialogues", "--input", bare, "--output", output)).isEqualTo(0);
		assertThat(Files.readAllLines(output)).containsExactly(lines.get(0));
	}

	@Test
	void aWrongLineIsRefusedByItsNumberAndNothingIsWritten() throws IOException {
		Path output = this.directory.resolve("out.jsonl");
		List<String> errors = new ArrayList<>();
		assertThat(run(errors, "inspect-dialogues", "--input", file("a", CSDS, "{not json"), "--output", output))
			.isEqualTo(2);
		assertThat(
				run(errors, "inspect-dialogues", "--input", file("b", CSDS, DCH, "{\"id\":\"y\"}"), "--output", output))
			.isEqualTo(2);
		assertThat(run(errors, "inspect-dialogues", "--input",
				file("c", DCH.replace("\"speaker\":\"agent\"", "\"speaker\":\"客服\"")), "--output", output))
			.isEqualTo(2);
		assertThat(run(errors, "inspect-dialogues", "--input", file("d", CSDS, "", DCH), "--output", output))
			.isEqualTo(2);
		assertThat(
				run(errors, "inspect-dialogues", "--input", this.directory.resolve("none.jsonl"), "--output", output))
			.isEqualTo(2);
		assertThat(run(errors, "inspect-dialogues", "--input", file("e", CSDS))).isEqualTo(2);
		assertThat(errors.get(0)).startsWith("inspect-dialogues: ").contains("a.jsonl line 2: not JSON");
		assertThat(errors.get(1)).contains("b.jsonl line 3: no \"turns\" array");
		assertThat(errors.get(2)).contains("c.jsonl line 1: turn 2 has speaker '客服', not \"agent\" or \"caller\"");
		assertThat(errors.get(3)).contains("d.jsonl line 2: empty");
		assertThat(errors.get(4)).contains("no dialogue file at");
		assertThat(errors.get(5)).contains("Missing option --output");
		assertThat(output).doesNotExist();
	}

	private Path file(String name, String... lines) throws IOException {
		return Files.write(this.directory.resolve(name + ".jsonl"), List.of(lines));
	}

}
