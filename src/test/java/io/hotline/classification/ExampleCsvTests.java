package io.hotline.classification;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The CSV files of the classifier's commands: real-world quoting, and clear refusals. */
class ExampleCsvTests {

	@TempDir
	Path directory;

	@Test
	void readsQuotedCommasLineBreaksAndQuotesUnderAByteOrderMark() throws Exception {
		Path file = write("\uFEFFlabel,text\r\n" + "噪声,\"楼下施工，每晚到十一点\"\r\n" + "供水,\"停水三天\n至今没有通知\"\r\n"
				+ "教育,\"学校说\"\"补课自愿\"\"，其实强制\"\r\n" + "\r\n" + "交通,公交站牌\"被撞\"没人修\n", StandardCharsets.UTF_8);

		assertThat(ExampleCsv.examples(file)).containsExactly(new Example("噪声", "楼下施工，每晚到十一点"),
				new Example("供水", "停水三天\n至今没有通知"), new Example("教育", "学校说\"补课自愿\"，其实强制"),
				new Example("交通", "公交站牌\"被撞\"没人修"));
	}

	@Test
	void findsTheColumnsByTheirNamesInAnyOrderAmongOthers() throws Exception {
		Path file = write("ID, Text ,Label\n1,路灯不亮,城乡建设\n2,\"\",城乡建设\n", StandardCharsets.UTF_8);

		assertThat(ExampleCsv.examples(file)).containsExactly(new Example("城乡建设", "路灯不亮"), new Example("城乡建设", ""));
		assertThat(ExampleCsv.texts(file)).containsExactly("路灯不亮", "");
	}

	@Test
	void readsTextsToClassifyWithoutALabelColumn() throws Exception {
		Path file = write("text\n第一条\n\"第二条, 有逗号\"\n", StandardCharsets.UTF_8);

		assertThat(ExampleCsv.texts(file)).containsExactly("第一条", "第二条, 有逗号");
	}

	@Test
	void takesARowThatEndsBeforeColumnsItDoesNotNeed() throws Exception {
		Path file = write("text,label\n路灯不亮\n停水,供水\n", StandardCharsets.UTF_8);

		assertThat(ExampleCsv.texts(file)).containsExactly("路灯不亮", "停水");
		assertThatIllegalArgumentException().isThrownBy(() -> ExampleCsv.examples(file))
			.withMessageContaining("line 2: 1 fields where the header has 2");
	}

	@Test
	void namesTheLineAndTheProblemOfABadFile() throws Exception {
		assertRefused("label,text\n噪声,a\n供水,b,c\n", "line 3: 3 fields where the header has 2");
		assertRefused("label,text\n噪声,\"施工\n扰民\n", "line 2: a quoted field opened on this line is never closed");
		assertRefused("label,text\n噪声,\"施工\"扰民\n", "line 2: a quoted field is followed by '扰'");
		assertRefused("label,text\n ,施工扰民\n", "line 2: the label is empty");
		assertRefused("category,content\n噪声,施工\n", "the header names no 'label' column");
		assertRefused("", "empty; the first line must be a header naming label,text");
		assertRefused("label,text\n", "no examples after the header");
		Path gbk = write("label,text\n噪声,施工扰民\n", Charset.forName("GBK"));
		assertThatIllegalArgumentException().isThrownBy(() -> ExampleCsv.examples(gbk))
			.withMessageContaining("not UTF-8");
		assertThatIllegalArgumentException().isThrownBy(() -> ExampleCsv.examples(this.directory.resolve("none.csv")))
			.withMessageContaining("no such file");
	}

	@Test
	void writesPredictionsAsLabelAndProbabilityQuotingWhereNeeded() throws Exception {
		Path file = this.directory.resolve("pred.csv");
		ExampleCsv.writePredictions(file,
				List.of(prediction("城乡建设", 0.9), prediction("a,\"b\"", 0.25), prediction("教育", 1)));

		assertThat(Files.readString(file))
			.isEqualTo("label,probability\n城乡建设,0.900000\n\"a,\"\"b\"\"\",0.250000\n教育,1.000000\n");
		assertThat(Csv.read(file).get(2).fields()).containsExactly("a,\"b\"", "0.250000");
	}

	private static Prediction prediction(String label, double probability) {
		return new Prediction(List.of(new Prediction.Scored(label, probability)), List.of());
	}

	private void assertRefused(String content, String message) throws Exception {
		Path file = write(content, StandardCharsets.UTF_8);
		assertThatIllegalArgumentException().isThrownBy(() -> ExampleCsv.examples(file))
			.withMessageStartingWith(file.toString())
			.withMessageContaining(message);
	}

	private Path write(String content, Charset charset) throws Exception {
		return Files.write(Files.createTempFile(this.directory, "examples", ".csv"), content.getBytes(charset));
	}

}
