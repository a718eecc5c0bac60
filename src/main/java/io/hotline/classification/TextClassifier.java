package io.hotline.classification;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A text classifier: trained from labelled texts, it predicts for a text each label's
 * calibrated probability (of the predictions that say 0.9, about nine in ten are right)
 * with the terms that weighed most; it is saved to a file and loaded from one, and knows
 * how it did in the cross-validation of its training. Thread-safe once built.
 */
public final class TextClassifier {

	private final Algorithm algorithm;

	private final List<String> labels;

	private final List<Fitted> members;

	private final Calibration calibration;

	private final Evaluation evaluation;

	private final Provenance provenance;

	private final HeldOut heldOut;

	TextClassifier(Algorithm algorithm, List<String> labels, List<Fitted> members, Calibration calibration,
			Evaluation evaluation, Provenance provenance) {
		this(algorithm, labels, members, calibration, evaluation, provenance, null);
	}

	private TextClassifier(Algorithm algorithm, List<String> labels, List<Fitted> members, Calibration calibration,
			Evaluation evaluation, Provenance provenance, HeldOut heldOut) {
		this.algorithm = algorithm;
		this.labels = List.copyOf(labels);
		this.members = List.copyOf(members);
		this.calibration = calibration;
		this.evaluation = evaluation;
		this.provenance = provenance;
		this.heldOut = heldOut;
	}

	/** When and from how many examples a model was trained, and how long it took. */
	public record Provenance(Instant trainedAt, int examples, long trainingMillis) {

	}

	public static TextClassifier train(List<Example> examples) {
		return train(examples, Training.DEFAULT);
	}

	public static TextClassifier train(List<Example> examples, Training training) {
		long started = System.nanoTime();
		Run run = Run.of(examples, training.algorithm(), training.folds(), training.seed(), true);
		long millis = (System.nanoTime() - started) / 1_000_000;
		return new TextClassifier(training.algorithm(), run.corpus().labels(), Arrays.asList(run.result().full()),
				run.calibration(training.algorithm()), run.evaluation(),
				new Provenance(Instant.now(), examples.size(), millis),
				new HeldOut(run.corpus().labels(), run.heldOut()));
	}

	/** Cross-validates an algorithm on the given folds without keeping a model. */
	public static CrossValidated crossValidate(List<Example> examples, Algorithm algorithm, Folds folds) {
		Run run = Run.of(examples, algorithm, folds, false);
		return new CrossValidated(run.evaluation(), Arrays.stream(run.result().foldMillis()).boxed().toList());
	}

	public Prediction predict(String text) {
		String raw = (text != null) ? text : "";
		String normalized = Terms.normalize(raw);
		float[] embedding = this.members.stream()
			.map(Fitted::featurizer)
			.filter(Featurizer::embeddings)
			.findFirst()
			.map((f) -> SentenceEmbeddings.embed(raw, f.embeddingChars()))
			.orElse(null);
		SparseVector[] features = new SparseVector[this.members.size()];
		double[][] scores = new double[this.members.size()][];
		for (int m = 0; m < features.length; m++) {
			features[m] = this.members.get(m).featurizer().vector(normalized, embedding);
			scores[m] = this.members.get(m).head().scores(features[m]);
		}
		double[] p = this.calibration.probabilities(scores);
		int[] order = IntStream.range(0, p.length)
			.boxed()
			.sorted(Comparator.comparingDouble((Integer k) -> -p[k]))
			.mapToInt(Integer::intValue)
			.toArray();
		return new Prediction(
				Arrays.stream(order).mapToObj((k) -> new Prediction.Scored(this.labels.get(k), p[k])).toList(),
				Explanation.topTerms(this.members, this.calibration, features, order[0], normalized, 5));
	}

	public void save(Path file) throws IOException {
		ModelFile.write(this, file);
	}

	public static TextClassifier load(Path file) throws IOException {
		return ModelFile.read(file);
	}

	public Algorithm algorithm() {
		return this.algorithm;
	}

	public List<String> labels() {
		return this.labels;
	}

	public Evaluation evaluation() {
		return this.evaluation;
	}

	public Provenance provenance() {
		return this.provenance;
	}

	/**
	 * The out-of-fold probabilities of the training examples, in their order: what a
	 * model that had not seen an example said of it. Only a freshly trained classifier
	 * has them; they are not saved.
	 */
	public Optional<HeldOut> heldOut() {
		return Optional.ofNullable(this.heldOut);
	}

	List<Fitted> members() {
		return this.members;
	}

	Calibration calibration() {
		return this.calibration;
	}

}
