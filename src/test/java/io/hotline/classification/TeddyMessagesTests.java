package io.hotline.classification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default algorithm on the real messages of the Teddy 2020 contest (3,281, 7 labels),
 * when the shared data is beside the project: a model trained on four fifths must
 * classify the fifth well, or the build fails.
 */
class TeddyMessagesTests {

	static final Path MESSAGES = Path.of(System.getProperty("shared.dir", "../shared"), "data", "teddy2020",
			"dispatch_train.csv");

	static List<Example> messages() throws Exception {
		Assumptions.assumeTrue(Files.isRegularFile(MESSAGES), "skipped: the Teddy 2020 messages are not at "
				+ MESSAGES.toAbsolutePath().normalize() + " (the shared data is not beside the project)");
		return ExampleCsv.examples(MESSAGES);
	}

	@Test
	void classifiesTheHeldOutFifthWithAMacroF1AboveTheFloorAndHonestProbabilities() throws Exception {
		List<Example> examples = messages();
		Folds folds = Folds.stratified(examples.stream().map(Example::label).toList(), 5, 42);
		List<Example> training = Arrays.stream(folds.train(0)).mapToObj(examples::get).toList();
		List<Example> heldOut = Arrays.stream(folds.test(0)).mapToObj(examples::get).toList();

		TextClassifier classifier = TextClassifier.train(training, new Training(Algorithm.DEFAULT, 2, 42));
		List<Prediction> predictions = heldOut.stream().map((e) -> classifier.predict(e.text())).toList();
		Evaluation evaluation = Evaluation.of(1, heldOut.stream().map(Example::label).toList(), predictions);

		assertThat(classifier.labels()).hasSize(7);
		assertThat(evaluation.macroF1()).as("macro-F1 on the held-out fifth").isGreaterThan(0.88);
		assertThat(evaluation.accuracy()).isGreaterThan(0.88);
		assertThat(evaluation.calibratedEce()).as("calibration error on the held-out fifth").isLessThan(0.05);
		assertThat(classifier.evaluation().calibratedEce()).isLessThan(classifier.evaluation().uncalibratedEce());
		assertThat(classifier.provenance().trainingMillis()).isLessThan(60_000);
	}

}
