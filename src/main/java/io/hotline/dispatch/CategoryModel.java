package io.hotline.dispatch;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.hotline.classification.Example;
import io.hotline.classification.HeldOut;
import io.hotline.classification.Prediction;
import io.hotline.classification.Prediction.Scored;
import io.hotline.classification.TextClassifier;
import io.hotline.classification.Training;

/**
 * The category of a text in two steps, as the catalog's tree has it: the level-1 category
 * (城乡建设, 环境保护, …), then the category within it. A hotline has hundreds of categories, and
 * a linear model per category over every text costs labels × texts; in two steps each
 * text is learned by the level-1 model and by its own level-1 category's model only,
 * about a tenth of the work for the same categories.
 */
final class CategoryModel {

	/** Level-1 categories followed down: the rest are too improbable to matter. */
	static final int TOPS = 3;

	/** The words shown as the reasons of a suggestion. */
	static final int TERMS = 6;

	private static final String TOP = "top.model";

	private static final String ONLY = "only.properties";

	private final TextClassifier top;

	private final String onlyTop;

	private final Map<String, TextClassifier> within;

	private final Map<String, String> only;

	private CategoryModel(TextClassifier top, String onlyTop, Map<String, TextClassifier> within,
			Map<String, String> only) {
		this.top = top;
		this.onlyTop = onlyTop;
		this.within = within;
		this.only = only;
	}

	/**
	 * Trains on examples labelled with their category; answers the model and, for each
	 * example, what models that had not seen it said (the level-1 model's out-of-fold
	 * probabilities times those of the example's own level-1 model, out of fold too, or
	 * of another level-1 category's model, which never saw it).
	 */
	static Trained train(List<Example> examples, Function<String, String> topOf, Training training) {
		List<String> tops = examples.stream().map((e) -> topOf.apply(e.label())).toList();
		boolean oneTop = tops.stream().distinct().count() < 2;
		TextClassifier top = oneTop ? null : TextClassifier
			.train(examples.stream().map((e) -> new Example(topOf.apply(e.label()), e.text())).toList(), training);
		Map<String, List<Integer>> groups = new LinkedHashMap<>();
		for (int i = 0; i < examples.size(); i++) {
			groups.computeIfAbsent(tops.get(i), (t) -> new ArrayList<>()).add(i);
		}
		Map<String, TextClassifier> within = new LinkedHashMap<>();
		Map<String, String> only = new LinkedHashMap<>();
		Map<Integer, List<Scored>> ownHeldOut = new java.util.HashMap<>();
		groups.forEach((code, rows) -> {
			List<Example> group = rows.stream().map(examples::get).toList();
			if (group.stream().map(Example::label).distinct().count() < 2) {
				only.put(code, group.get(0).label());
				return;
			}
			TextClassifier classifier = TextClassifier.train(group, training);
			within.put(code, classifier);
			HeldOut heldOut = classifier.heldOut().orElseThrow();
			for (int k = 0; k < rows.size(); k++) {
				ownHeldOut.put(rows.get(k), heldOut.of(k));
			}
		});
		CategoryModel model = new CategoryModel(top, oneTop ? tops.get(0) : null, within, only);
		HeldOut topHeldOut = oneTop ? null : top.heldOut().orElseThrow();
		List<List<Scored>> heldOut = new ArrayList<>(examples.size());
		for (int i = 0; i < examples.size(); i++) {
			String own = tops.get(i);
			List<Scored> ranked = oneTop ? List.of(new Scored(own, 1)) : topHeldOut.of(i);
			String text = examples.get(i).text();
			int row = i;
			heldOut.add(model.combine(ranked, (code) -> code.equals(own) && ownHeldOut.containsKey(row)
					? ownHeldOut.get(row) : model.within(code, text)));
		}
		return new Trained(model, heldOut);
	}

	/**
	 * Every category worth a lookup, most probable first, and the words that weighed most
	 * for the level-1 category and for the category within it.
	 */
	Prediction predict(String text) {
		Prediction first = this.top == null ? null : this.top.predict(text);
		List<Scored> tops = first == null ? List.of(new Scored(this.onlyTop, 1)) : first.labels();
		Map<String, Prediction> inside = new java.util.HashMap<>();
		List<Scored> categories = combine(tops, (code) -> {
			TextClassifier classifier = this.within.get(code);
			if (classifier == null) {
				return within(code, text);
			}
			return inside.computeIfAbsent(code, (c) -> classifier.predict(text)).labels();
		});
		List<Prediction.Term> terms = new ArrayList<>(first == null ? List.of() : first.terms());
		Prediction withinFirst = inside.get(tops.get(0).label());
		if (withinFirst != null) {
			withinFirst.terms()
				.stream()
				.filter((t) -> terms.stream().noneMatch((known) -> known.term().equals(t.term())))
				.forEach(terms::add);
		}
		return new Prediction(categories, terms.subList(0, Math.min(TERMS, terms.size())));
	}

	int labels() {
		return this.within.values().stream().mapToInt((c) -> c.labels().size()).sum() + this.only.size();
	}

	private List<Scored> within(String top, String text) {
		TextClassifier classifier = this.within.get(top);
		if (classifier != null) {
			return classifier.predict(text).labels();
		}
		return this.only.containsKey(top) ? List.of(new Scored(this.only.get(top), 1)) : List.of();
	}

	private List<Scored> combine(List<Scored> tops, Function<String, List<Scored>> within) {
		List<Scored> categories = new ArrayList<>();
		for (Scored top : tops.subList(0, Math.min(TOPS, tops.size()))) {
			for (Scored category : within.apply(top.label())) {
				double p = top.probability() * category.probability();
				if (p >= UnitMixture.LEAST) {
					categories.add(new Scored(category.label(), p));
				}
			}
		}
		categories.sort(Comparator.comparingDouble(Scored::probability).reversed());
		return categories;
	}

	void save(Path folder) throws IOException {
		Files.createDirectories(folder);
		Properties only = new Properties();
		this.only.forEach(only::setProperty);
		if (this.onlyTop != null) {
			only.setProperty("", this.onlyTop);
		}
		try (Writer out = Files.newBufferedWriter(folder.resolve(ONLY))) {
			only.store(out, "level-1 categories with one category, and the one level-1 category (key '')");
		}
		if (this.top != null) {
			this.top.save(folder.resolve(TOP));
		}
		for (Map.Entry<String, TextClassifier> entry : this.within.entrySet()) {
			entry.getValue().save(folder.resolve("within-" + entry.getKey() + ".model"));
		}
	}

	static CategoryModel load(Path folder) throws IOException {
		Properties only = new Properties();
		try (Reader in = Files.newBufferedReader(folder.resolve(ONLY))) {
			only.load(in);
		}
		String onlyTop = only.getProperty("");
		only.remove("");
		Map<String, TextClassifier> within = new LinkedHashMap<>();
		try (var files = Files.list(folder)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().startsWith("within-")).toList()) {
				String name = file.getFileName().toString();
				within.put(name.substring("within-".length(), name.length() - ".model".length()),
						TextClassifier.load(file));
			}
		}
		TextClassifier top = Files.exists(folder.resolve(TOP)) ? TextClassifier.load(folder.resolve(TOP)) : null;
		return new CategoryModel(top, onlyTop, within,
				only.stringPropertyNames().stream().collect(Collectors.toMap((k) -> k, only::getProperty)));
	}

	/** A trained model and its held-out category probabilities, one list per example. */
	record Trained(CategoryModel model, List<List<Scored>> heldOut) {

	}

}
