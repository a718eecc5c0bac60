package io.hotline.handling.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorer on the 2,816 real replies of the Teddy Cup 2020 keeps the agreement measured
 * with the hand-labelled sample (docs/reply-quality.md); skipped where ../shared is
 * absent.
 */
class ReplyQualityBenchmarkTest {

	@Test
	void keepsTheMeasuredAgreementWithTheLabelledSample() throws Exception {
		Path input = Path.of(ReplyQualityBenchmarkTask.SHARED_INPUT);
		Assumptions.assumeTrue(Files.isRegularFile(input),
				"the Teddy 2020 replies are not at " + input.toAbsolutePath().normalize() + " (../shared is absent)");
		ReplyScorer scorer = new ReplyScorer(ReplyQualityRules.defaults());
		List<ReplyQualityBenchmark.Scored> scored = ReplyQualityBenchmark.score(input, scorer);
		assertThat(scored).hasSize(2816);
		ReplyQualityBenchmark.Agreement agreement = ReplyQualityBenchmark.agreement(scored,
				ReplyQualityBenchmark.labels(Path.of(ReplyQualityBenchmarkTask.LABELS)), scorer.rules().threshold());
		assertThat(agreement.labelled()).isEqualTo(200);
		// measured: AUC 0.965, precision 0.85, recall 0.88
		assertThat(agreement.auc()).isGreaterThanOrEqualTo(0.965);
		assertThat(agreement.precision()).isGreaterThanOrEqualTo(0.85);
		assertThat(agreement.recall()).isGreaterThanOrEqualTo(0.875);
	}

}
