package io.hotline.classification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** Training, prediction and model files, on small synthetic texts. */
class TextClassifierTests {

	@TempDir
	Path directory;

	@Test
	void predictsTheSameFromASavedModelFileAsBeforeSavingIt() throws Exception {
		for (Algorithm algorithm : List.of(Algorithm.CHARS_SVM, Algorithm.COMBINED, Algorithm.STACKED)) {
			TextClassifier trained = TextClassifier.train(SyntheticTexts.examples(20, 1),
					Training.DEFAULT.with(algorithm));
			Path file = this.directory.resolve(algorithm.id() + ".model");
			trained.save(file);
			TextClassifier loaded = TextClassifier.load(file);

			assertThat(loaded.algorithm()).isEqualTo(algorithm);
			assertThat(loaded.labels()).containsExactly("供水", "噪声", "教育");
			assertThat(loaded.evaluation()).isEqualTo(trained.evaluation());
			assertThat(loaded.provenance()).isEqualTo(trained.provenance());
			for (Example example : SyntheticTexts.examples(5, 2)) {
				Prediction before = trained.predict(example.text());
				Prediction after = loaded.predict(example.text());
				assertThat(after.labels()).isEqualTo(before.labels());
				assertThat(after.terms()).isEqualTo(before.terms());
				assertThat(after.label()).as(example.text()).isEqualTo(example.label());
			}
		}
	}

	@Test
	void answersEveryLabelWithProbabilitiesThatSumToOneMostProbableFirst() {
		TextClassifier classifier = TextClassifier.train(SyntheticTexts.examples(20, 3),
				Training.DEFAULT.with(Algorithm.CHARS_NBSVM));
		Prediction prediction = classifier.predict("楼下广场舞每晚噪音扰民到十一点");

		assertThat(prediction.label()).isEqualTo("噪声");
		assertThat(prediction.labels()).extracting(Prediction.Scored::label)
			.containsExactlyInAnyOrder("供水", "噪声", "教育");
		assertThat(prediction.labels().stream().mapToDouble(Prediction.Scored::probability).sum()).isCloseTo(1,
				within(1e-9));
		assertThat(prediction.labels()).isSortedAccordingTo((a, b) -> Double.compare(b.probability(), a.probability()));
		assertThat(prediction.terms()).isNotEmpty()
			.allSatisfy((term) -> assertThat(term.term()).hasSizeGreaterThan(1))
			.anySatisfy((term) -> assertThat(term.term()).containsAnyOf("噪音", "扰民", "广场"));
		assertThat(classifier.predict("").labels()).hasSize(3);
	}

	@Test
	void reportsItsCrossValidationAndCalibrationError() {
		TextClassifier classifier = TextClassifier.train(SyntheticTexts.examples(30, 4),
				Training.DEFAULT.with(Algorithm.CHARS_LR));
		Evaluation evaluation = classifier.evaluation();

		assertThat(evaluation.folds()).isEqualTo(5);
		assertThat(evaluation.examples()).isEqualTo(90);
		assertThat(evaluation.macroF1()).isGreaterThan(0.9);
		assertThat(evaluation.f1ByLabel()).containsOnlyKeys("供水", "噪声", "教育");
		assertThat(evaluation.calibratedEce()).isBetween(0.0, 1.0);
		assertThat(classifier.provenance().examples()).isEqualTo(90);
	}

	@Test
	void keepsWhatTheFoldModelsSaidOfEachTrainingExampleUntilSaved() throws Exception {
		List<Example> examples = SyntheticTexts.examples(30, 6);
		TextClassifier classifier = TextClassifier.train(examples, Training.DEFAULT.with(Algorithm.CHARS_SVM));
		HeldOut heldOut = classifier.heldOut().orElseThrow();

		assertThat(heldOut.size()).isEqualTo(examples.size());
		long right = 0;
		for (int i = 0; i < examples.size(); i++) {
			List<Prediction.Scored> scored = heldOut.of(i);
			assertThat(scored).hasSize(3);
			assertThat(scored.stream().mapToDouble(Prediction.Scored::probability).sum()).isCloseTo(1, within(1e-9));
			right += scored.get(0).label().equals(examples.get(i).label()) ? 1 : 0;
		}
		// the held-out accuracy is the cross-validation's
		assertThat((double) right / examples.size()).isCloseTo(classifier.evaluation().accuracy(), within(1e-9));
		classifier.save(this.directory.resolve("held-out.model"));
		assertThat(TextClassifier.load(this.directory.resolve("held-out.model")).heldOut()).isEmpty();
	}

	@Test
	void learnsFromAHandfulOfExamplesThoughSomeFoldsMissALabel() {
		List<Example> few = List.of(new Example("供水", "停水"), new Example("噪声", "噪音"), new Example("供水", "没水"));
		for (Algorithm algorithm : List.of(Algorithm.CHARS_SVM, Algorithm.CHARS_NBSVM, Algorithm.COMBINED,
				Algorithm.STACKED)) {
			TextClassifier classifier = TextClassifier.train(few, Training.DEFAULT.with(algorithm));

			assertThat(classifier.evaluation().folds()).isEqualTo(3);
			assertThat(classifier.predict("又停水了").labels()).hasSize(2)
				.allSatisfy((scored) -> assertThat(scored.probability()).isBetween(0.0, 1.0));
		}
	}

	@Test
	void refusesExamplesOfOneLabel() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TextClassifier.train(List.of(new Example("a", "一"), new Example("a", "二"))))
			.withMessageContaining("at least 2 labels");
	}

	@Test
	void refusesAFileThatIsNoModelAndAModelOfANewerFormat() throws Exception {
		Path text = Files.writeString(this.directory.resolve("notes.txt"), "label,text\n");
		assertThatIllegalArgumentException().isThrownBy(() -> TextClassifier.load(text))
			.withMessageContaining("not a classifier model file");
		assertThatIllegalArgumentException().isThrownBy(() -> TextClassifier.load(this.directory.resolve("none")))
			.withMessageContaining("no such model file");

		Path newer = this.directory.resolve("newer.model");
		Properties properties = new Properties();
		properties.setProperty("format", "hotline-text-classifier");
		properties.setProperty("format-version", "99");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(newer))) {
			zip.putNextEntry(new ZipEntry("model.properties"));
			properties.store(zip, null);
		}
		assertThatIllegalArgumentException().isThrownBy(() -> TextClassifier.load(newer))
			.withMessageContaining("model format 99");
	}

	@Test
	void dealsTheExamplesOfEachLabelEvenlyAndAlikeForTheSameSeed() {
		List<String> labels = SyntheticTexts.examples(10, 5).stream().map(Example::label).toList();
		Folds folds = Folds.stratified(labels, 5, 42);

		assertThat(folds).isEqualTo(Folds.stratified(labels, 5, 42)).isNotEqualTo(Folds.stratified(labels, 5, 7));
		for (int fold = 0; fold < 5; fold++) {
			assertThat(folds.test(fold)).hasSize(6);
			assertThat(folds.train(fold)).hasSize(24);
			int f = fold;
			assertThat(SyntheticTexts.LABELS).allSatisfy((label) -> assertThat(
					java.util.Arrays.stream(folds.test(f)).filter((row) -> labels.get(row).equals(label)).count())
				.isEqualTo(2));
		}
	}

}
