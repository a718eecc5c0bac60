package io.hotline.intake.duplicate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.hotline.classification.TextEmbeddings;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detector on the hand-labelled pairs of the Teddy hot-spot messages keeps at least
 * the precision and recall measured (docs/duplicates.md), by words (the agent's check)
 * and by the mean of words and meanings (the check after registration, with the real
 * model); skipped where ../shared is absent.
 */
class DuplicateQualityTest {

	@Test
	void keepsItsPrecisionAndRecallOnTheLabelledPairs() throws Exception {
		Path messages = Path.of(TeddyPairs.SHARED_INPUT);
		Assumptions.assumeTrue(Files.isRegularFile(messages),
				"the Teddy hot-spot messages are not at " + messages.toAbsolutePath().normalize());
		Map<Long, Indexed> all = TeddyPairs.messages(messages);
		List<TeddyPairs.Pair> pairs = TeddyPairs.labels(Path.of(TeddyPairs.LABELS));
		assertThat(pairs).hasSizeGreaterThanOrEqualTo(300);
		RecentIndex index = TeddyPairs.index(all);
		double[] scores = new double[pairs.size()];
		for (int i = 0; i < pairs.size(); i++) {
			scores[i] = index.similarity(pairs.get(i).a(), pairs.get(i).b());
		}
		TeddyPairs.Quality quality = TeddyPairs.Quality.at(DuplicateSettings.THRESHOLD, pairs, scores);
		assertThat(quality.precision()).as("precision").isGreaterThanOrEqualTo(PRECISION);
		assertThat(quality.recall()).as("recall").isGreaterThanOrEqualTo(RECALL);

		Assumptions.assumeTrue(TextEmbeddings.unavailable().isEmpty(),
				() -> "the embedding model cannot run here: " + TextEmbeddings.unavailable().get());
		double[] cosines = TeddyPairs.cosines(all, pairs);
		double[] means = new double[pairs.size()];
		for (int i = 0; i < pairs.size(); i++) {
			means[i] = Duplicate.mean(scores[i], cosines[i]);
		}
		TeddyPairs.Quality withMeanings = TeddyPairs.Quality.at(DuplicateSettings.MEANING_THRESHOLD, pairs, means);
		assertThat(withMeanings.precision()).as("precision with meanings").isGreaterThanOrEqualTo(MEANING_PRECISION);
		assertThat(withMeanings.recall()).as("recall with meanings").isGreaterThanOrEqualTo(MEANING_RECALL);
	}

	static final double MEANING_PRECISION = 0.91;

	static final double MEANING_RECALL = 0.90;

	static final double PRECISION = 0.909;

	static final double RECALL = 0.870;

}
