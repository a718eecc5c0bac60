package io.hotline.assist;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.hotline.address.Gazetteer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form filler on the 1,246 CSDS dialogues with their masked phone and address filled
 * in: the caller's number and place are read where said, and little is proposed where
 * nothing was. Skipped without the shared data. The whole measurement is
 * {@code benchmark-assist}.
 */
class FormBenchmarkTests {

	static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"));

	@Test
	void theCallersDetailsFromRealDialogues() throws Exception {
		Assumptions.assumeTrue(Files.exists(SHARED.resolve("data/dialogue/csds_train.jsonl")),
				"the CSDS dialogues are not in " + SHARED.toAbsolutePath().normalize() + "; skipped");
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		FormBenchmark benchmark = new FormBenchmark(SHARED, Gazetteer.load(),
				new PrintStream(printed, true, StandardCharsets.UTF_8));
		Map<String, FormBenchmark.Score> scores = benchmark.csds(1_246, 20);
		System.out.print(printed.toString(StandardCharsets.UTF_8));
		FormBenchmark.Score phone = scores.get("caller phone (said, or proposed)");
		assertThat(phone.asked).isGreaterThan(20);
		assertThat((double) phone.right / phone.asked).isGreaterThan(0.6);
		FormBenchmark.Score street = scores.get("address street (said by the caller)");
		assertThat((double) street.right / street.asked).isGreaterThan(0.7);
		assertThat(FormBenchmark.rouge1("来电人反映噪音", "噪音扰民")).isBetween(0.3, 0.7);
	}

	/**
	 * The whole of {@code benchmark-assist} (its figures in docs/performance.md), only
	 * when asked for with {@code -Dassist.benchmark=true}: it trains a classifier.
	 */
	@Test
	void theWholeBenchmarkWhenAskedFor() throws Exception {
		Assumptions.assumeTrue(Boolean.getBoolean("assist.benchmark"), "-Dassist.benchmark=true runs it; skipped");
		assertThat(new AssistBenchmarkTask().run(io.hotline.platform.TaskOptions.of("--shared", SHARED.toString())))
			.isZero();
	}

	@Test
	void spokenNumbersAndNamesAreReadBack() {
		java.util.Random random = new java.util.Random(3);
		SpokenCalls spoken = new SpokenCalls(Gazetteer.load(), "4401", random);
		int right = 0;
		for (int i = 0; i < 200; i++) {
			SpokenCalls.Said phone = spoken.phone();
			FormField read = CallerDetails.phone(java.util.List.of(
					io.hotline.conversation.Utterance.of(io.hotline.conversation.Speaker.AGENT, "您的联系电话是？"),
					io.hotline.conversation.Utterance.of(io.hotline.conversation.Speaker.CALLER, phone.text())));
			if (java.util.Objects.equals(phone.truth(), read.filled() ? read.value() : null)) {
				right++;
			}
		}
		assertThat(right).isGreaterThan(190);
	}

}
