package io.hotline.dispatch;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.hotline.catalog.Catalog;
import io.hotline.catalog.Category;
import io.hotline.classification.Prediction.Scored;

import org.springframework.stereotype.Component;

/**
 * The words of the catalog (each category's name and the parts of it: 城市建设和市政管理 gives
 * 城市建设, 市政管理; 噪音污染 also 噪音), read again every few minutes: whole words for the reasons of
 * a suggestion, and, before any dispatch model, the categories whose words a text uses.
 */
@Component
class MatterWords {

	/**
	 * The catalog is read again after this long (an administrator may have changed it).
	 */
	static final Duration FRESH = Duration.ofMinutes(5);

	/** A name's parts are cut at these (and the words that say nothing are left out). */
	private static final String CUTS = "[、/和及与或（）()，,·\\s]+";

	private static final Set<String> EMPTY = Set.of("其他", "其它", "管理", "问题", "服务", "相关", "综合", "事项", "投诉", "咨询", "建议",
			"求助", "举报");

	static final int LONGEST = 12;

	/**
	 * What a name's word ends in that people leave out: 噪音污染 is said 噪音, 燃气供应 燃气, 物业服务
	 * 物业.
	 */
	private static final List<String> SUFFIXES = List.of("污染", "供应", "管理", "服务", "政策", "问题", "纠纷", "保护", "治理", "整治",
			"监管", "补偿", "安置");

	private final Catalog catalog;

	private final Clock clock;

	private volatile Snapshot snapshot;

	MatterWords(Catalog catalog, Clock clock) {
		this.catalog = catalog;
		this.clock = clock;
	}

	/** Every word of the catalog. */
	Set<String> words() {
		return now().words().keySet();
	}

	/**
	 * The categories whose words the text uses, most probable first: a category's score
	 * is the square of each of its words' length found (a long word says more), a little
	 * more for a finer category; the probabilities are the scores' shares of the first
	 * three.
	 */
	List<Scored> categories(String text) {
		String normalized = normalize(text);
		Map<String, Double> scores = new HashMap<>();
		Snapshot known = now();
		for (String word : found(normalized, known.words().keySet())) {
			for (Category category : known.words().get(word)) {
				scores.merge(category.code(), (double) word.length() * word.length() + 0.5 * category.level(),
						Double::sum);
			}
		}
		List<Map.Entry<String, Double>> best = scores.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.limit(3)
			.toList();
		double sum = best.stream().mapToDouble(Map.Entry::getValue).sum();
		return best.stream().map((e) -> new Scored(e.getKey(), e.getValue() / sum)).toList();
	}

	/** The words of the set that occur in the text, longest at each place first. */
	static List<String> found(String normalized, Set<String> words) {
		List<String> found = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < normalized.length(); i++) {
			for (int n = Math.min(LONGEST, normalized.length() - i); n >= 2; n--) {
				String word = normalized.substring(i, i + n);
				if (words.contains(word) && seen.add(word)) {
					found.add(word);
				}
			}
		}
		return found;
	}

	/** As the text classifiers read a text: folded, lower case, every digit 0. */
	static String normalize(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[0-9]", "0");
	}

	private Snapshot now() {
		Snapshot current = this.snapshot;
		Instant at = this.clock.instant();
		if (current == null || current.at().plus(FRESH).isBefore(at)) {
			current = new Snapshot(at, read());
			this.snapshot = current;
		}
		return current;
	}

	private Map<String, List<Category>> read() {
		Map<String, List<Category>> words = new HashMap<>();
		Deque<String> parents = new ArrayDeque<>();
		parents.add("");
		while (!parents.isEmpty()) {
			String parent = parents.poll();
			for (Category category : this.catalog.children(parent.isEmpty() ? null : parent)) {
				parents.add(category.code());
				for (String word : words(category.name())) {
					words.computeIfAbsent(word, (w) -> new ArrayList<>()).add(category);
				}
			}
		}
		return words;
	}

	/** A name and its parts, those of two characters or more that say something. */
	static Set<String> words(String name) {
		Set<String> words = new HashSet<>();
		String whole = normalize(name).strip();
		if (whole.length() >= 2 && whole.length() <= LONGEST && !EMPTY.contains(whole)) {
			words.add(whole);
		}
		for (String part : whole.split(CUTS)) {
			if (part.length() >= 2 && part.length() <= LONGEST && !EMPTY.contains(part)) {
				words.add(part);
				SUFFIXES.stream()
					.filter((suffix) -> part.endsWith(suffix) && part.length() - suffix.length() >= 2)
					.map((suffix) -> part.substring(0, part.length() - suffix.length()))
					.filter((head) -> !EMPTY.contains(head))
					.forEach(words::add);
			}
		}
		return words;
	}

	private record Snapshot(Instant at, Map<String, List<Category>> words) {

	}

}
