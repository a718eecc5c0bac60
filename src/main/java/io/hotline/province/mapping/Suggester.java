package io.hotline.province.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds for each category of a city the likeliest category of the standard catalog, from
 * five signals, each from 0 to 1: how alike the names are (characters and pairs of
 * characters in common), where the standard catalog's own search puts the city's name
 * (names, everyday words, words of past orders), how close their meanings are (sentence
 * embeddings of the names and of the paths), and what the city's past orders in the
 * category say: the standard categories the catalog guesses from each order's title, and
 * how close each title's meaning is to each standard category. A leaf is preferred to the
 * category above it unless the city's category spans several of its leaves. Below
 * {@link #MIN_SCORE} nothing is likely and nothing is suggested.
 */
final class Suggester {

	/** The score under which nothing is suggested. */
	static final double MIN_SCORE = 0.22;

	/**
	 * A meaning's cosine that counts as nothing alike (bge-small-zh puts most pairs
	 * above).
	 */
	private static final double COSINE_FLOOR = 0.45;

	private static final int ORDERS_PER_CATEGORY = 20;

	/** What the city's past orders in a category weigh beside its name. */
	private static final double ORDERS_WEIGHT = 0.35;

	/** What a category above the leaves scores against a leaf. */
	private static final double ABOVE_LEAF = 0.9;

	/** What a category of level 1 scores against a leaf. */
	private static final double LEVEL_ONE = 0.85;

	private final List<StandardCategory> standard;

	private final Map<String, StandardCategory> byCode = new HashMap<>();

	private final Hints hints;

	private final Function<List<String>, float[][]> embedder;

	private final float[][] names;

	private final float[][] paths;

	/**
	 * What the standard catalog says of a text: the codes of its categories, best first.
	 */
	interface Hints {

		/** The categories the catalog's search finds for a name. */
		List<String> search(String name);

		/** The categories the catalog guesses for a citizen's text. */
		List<String> guess(String text);

		Hints NONE = new Hints() {
			@Override
			public List<String> search(String name) {
				return List.of();
			}

			@Override
			public List<String> guess(String text) {
				return List.of();
			}
		};

	}

	/**
	 * @param standard the standard catalog's categories (those named 其他 are left out:
	 * they mean "none of the others", not a matter)
	 * @param hints the standard catalog's search and guess
	 * @param embedder the unit vectors of texts, or null where the embedding model cannot
	 * run (the meanings then count for nothing)
	 */
	Suggester(List<StandardCategory> standard, Hints hints, Function<List<String>, float[][]> embedder) {
		this.standard = standard.stream().filter((s) -> !s.name().startsWith("其他")).toList();
		this.standard.forEach((s) -> this.byCode.put(s.code(), s));
		this.hints = hints;
		this.embedder = embedder;
		this.names = embed(this.standard.stream().map(StandardCategory::name).toList());
		this.paths = embed(this.standard.stream().map(StandardCategory::pathName).toList());
	}

	/**
	 * A suggestion for every category; {@code orders}: past orders' titles by city code.
	 */
	List<Suggestion> suggest(List<CityCategory> categories, Map<String, List<String>> orders) {
		List<Suggestion> suggestions = new ArrayList<>();
		float[][] cityNames = embed(categories.stream().map(CityCategory::name).toList());
		float[][] cityPaths = embed(categories.stream().map(CityCategory::pathName).toList());
		for (int i = 0; i < categories.size(); i++) {
			CityCategory category = categories.get(i);
			List<String> titles = orders.getOrDefault(category.code(), List.of());
			titles = titles.subList(0, Math.min(ORDERS_PER_CATEGORY, titles.size()));
			double[] scores = scores(category, row(cityNames, i), row(cityPaths, i), titles);
			suggestions.add(best(category, scores));
		}
		return suggestions;
	}

	/** Each standard category's score for the city category. */
	double[] scores(CityCategory category, float[] name, float[] path, List<String> titles) {
		int n = this.standard.size();
		boolean searching = this.hints != Hints.NONE;
		double[] searched = ranks(List.of(this.hints.search(category.name())));
		double[] guessed = titles.isEmpty() ? new double[n] : ranks(titles.stream().map(this.hints::guess).toList());
		double[] told = told(titles);
		double[] scores = new double[n];
		for (int s = 0; s < n; s++) {
			StandardCategory candidate = this.standard.get(s);
			double alike = Math.max(dice(category.name(), candidate.name()),
					0.8 * dice(category.pathName(), candidate.pathName()));
			double meaning = (name == null) ? 0
					: 0.5 * similar(name, row(this.names, s)) + 0.5 * similar(path, row(this.paths, s));
			double byName = searching ? 0.3 * alike + 0.2 * searched[s] + 0.5 * meaning
					: (0.3 * alike + 0.5 * meaning) / 0.8;
			double byOrders = searching ? 0.7 * guessed[s] + 0.3 * told[s] : told[s];
			scores[s] = titles.isEmpty() ? byName : (1 - ORDERS_WEIGHT) * byName + ORDERS_WEIGHT * byOrders;
		}
		return scores;
	}

	/**
	 * For each standard category, how close the titles' meanings are to its path, on
	 * average.
	 */
	private double[] told(List<String> titles) {
		float[][] texts = titles.isEmpty() ? null : embed(titles);
		double[] told = new double[this.standard.size()];
		for (int s = 0; s < told.length && texts != null; s++) {
			for (float[] text : texts) {
				told[s] += similar(text, row(this.paths, s)) / texts.length;
			}
		}
		return told;
	}

	private Suggestion best(CityCategory category, double[] scores) {
		int top = -1;
		for (int s = 0; s < scores.length; s++) {
			StandardCategory candidate = this.standard.get(s);
			boolean fits = category.level() > 1 || candidate.level() <= 2;
			if (fits && (top < 0 || preferred(scores, s, top))) {
				top = s;
			}
		}
		if (top < 0 || scores[top] < MIN_SCORE) {
			return new Suggestion(category.code(), null, top < 0 ? 0 : scores[top]);
		}
		return new Suggestion(category.code(), this.standard.get(top).code(), Math.min(1, scores[top]));
	}

	/** A leaf wins over a category above it unless the latter scores clearly more. */
	private boolean preferred(double[] scores, int s, int than) {
		return scores[s] * preference(this.standard.get(s)) > scores[than] * preference(this.standard.get(than));
	}

	private static double preference(StandardCategory category) {
		return category.leaf() ? 1 : (category.level() == 1) ? LEVEL_ONE : ABOVE_LEAF;
	}

	/** For each standard category, the mean over the lists of 1 / (1 + its rank). */
	private double[] ranks(List<List<String>> lists) {
		Map<String, Double> sum = new HashMap<>();
		for (List<String> codes : lists) {
			for (int r = 0; r < codes.size(); r++) {
				sum.merge(codes.get(r), 1.0 / (1 + r), Double::sum);
			}
		}
		double[] ranks = new double[this.standard.size()];
		for (int s = 0; s < ranks.length; s++) {
			ranks[s] = sum.getOrDefault(this.standard.get(s).code(), 0.0) / Math.max(1, lists.size());
		}
		return ranks;
	}

	/** The Dice coefficient of the texts' characters and pairs of characters. */
	static double dice(String a, String b) {
		Set<String> x = grams(a);
		Set<String> y = grams(b);
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		int common = 0;
		for (String gram : x) {
			if (y.contains(gram)) {
				common++;
			}
		}
		return 2.0 * common / (x.size() + y.size());
	}

	private static Set<String> grams(String text) {
		Set<String> grams = new HashSet<>();
		int[] chars = text.codePoints().filter((c) -> c != '/').toArray();
		for (int i = 0; i < chars.length; i++) {
			grams.add(new String(chars, i, 1));
			if (i + 1 < chars.length) {
				grams.add(new String(chars, i, 2));
			}
		}
		return grams;
	}

	private static double similar(float[] a, float[] b) {
		if (a == null || b == null) {
			return 0;
		}
		double dot = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
		}
		return Math.max(0, (dot - COSINE_FLOOR) / (1 - COSINE_FLOOR));
	}

	private float[][] embed(List<String> texts) {
		return (this.embedder == null || texts.isEmpty()) ? null : this.embedder.apply(texts);
	}

	private static float[] row(float[][] rows, int i) {
		return rows == null ? null : rows[i];
	}

	StandardCategory standard(String code) {
		return this.byCode.get(code);
	}

}
