package io.hotline.catalog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import io.hotline.platform.Worker;
import io.hotline.platform.Workers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What past orders in each category say: the most distinctive words of each category's
 * orders (HanLP's words of two characters or more in the titles and contents of the
 * latest {@code hotline.catalog.words.orders} orders with a category), so that a search
 * for 漏水 finds the category whose orders speak of it though its name does not. A word is
 * distinctive for a category when at least {@link #MIN_ORDERS} of its orders use it and
 * at least {@link #MIN_SHARE} of all orders using it are in the category; each category
 * keeps its {@link #PER_CATEGORY} most frequent such words. Worked out at start and each
 * night, in the background.
 */
@Component
class CategoryWords {

	static final int MIN_ORDERS = 3;

	static final double MIN_SHARE = 0.3;

	static final int PER_CATEGORY = 30;

	private static final Segment SEGMENT = HanLP.newSegment();

	private final JdbcClient jdbc;

	private final Workers workers;

	private final Worker worker;

	private final int orders;

	/** Each word, with its categories: the most specific first. */
	private volatile Map<String, List<Scored>> categories = Map.of();

	CategoryWords(JdbcClient jdbc, Workers workers, @Value("${hotline.catalog.words.orders:20000}") int orders) {
		this.jdbc = jdbc;
		this.workers = workers;
		this.worker = workers.create("category-words", 10);
		this.orders = orders;
	}

	@EventListener(ApplicationStartedEvent.class)
	void started() {
		this.workers.atStart(this.worker, this::refresh);
	}

	// on every instance of a cluster, no scheduler lock: each rebuilds what it holds in
	// memory
	@Scheduled(cron = "${hotline.catalog.words.cron:0 50 3 * * *}", zone = "Asia/Shanghai")
	void nightly() {
		this.worker.execute(this::refresh);
	}

	/** Works the words out again from the orders (now, on this thread). */
	void refresh() {
		Map<String, Map<String, Integer>> byWord = new HashMap<>();
		Map<String, Integer> perCategory = new HashMap<>();
		this.jdbc
			.sql("select category_code, coalesce(title, '') || ' ' || left(content, 300) as text"
					+ " from catalog_order_text order by id desc limit ?")
			.param(this.orders)
			.query((rs) -> {
				String code = rs.getString(1);
				perCategory.merge(code, 1, Integer::sum);
				for (String word : words(rs.getString(2))) {
					byWord.computeIfAbsent(word, (w) -> new HashMap<>()).merge(code, 1, Integer::sum);
				}
			});
		Map<String, List<Scored>> kept = new HashMap<>();
		Map<String, List<Map.Entry<String, Integer>>> candidates = new HashMap<>();
		byWord.forEach((word, counts) -> {
			int all = counts.values().stream().mapToInt(Integer::intValue).sum();
			counts.forEach((code, n) -> {
				if (n >= MIN_ORDERS && n >= MIN_SHARE * all) {
					candidates.computeIfAbsent(code, (c) -> new ArrayList<>()).add(Map.entry(word, n));
				}
			});
		});
		candidates.forEach((code, words) -> words.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(PER_CATEGORY)
			.forEach((word) -> kept.computeIfAbsent(word.getKey(), (w) -> new ArrayList<>())
				.add(new Scored(code, word.getValue() / (double) perCategory.get(code)))));
		kept.values().forEach((list) -> list.sort(Comparator.comparingDouble(Scored::score).reversed()));
		this.categories = Map.copyOf(kept);
	}

	/** Categories whose orders use the word, or a word containing it, best first. */
	List<String> categoriesFor(String term) {
		Map<String, Double> found = new LinkedHashMap<>();
		Map<String, List<Scored>> all = this.categories;
		List<Scored> exact = all.get(term);
		if (exact != null) {
			exact.forEach((s) -> found.merge(s.code(), s.score() + 1, Double::sum));
		}
		if (term.length() >= 2) {
			all.forEach((word, scored) -> {
				if (!word.equals(term) && word.contains(term)) {
					scored.forEach((s) -> found.merge(s.code(), s.score(), Double::sum));
				}
			});
		}
		return ranked(found);
	}

	/** Categories whose distinctive words the text uses, best first. */
	List<String> categoriesIn(String text) {
		Map<String, Double> found = new LinkedHashMap<>();
		Map<String, List<Scored>> all = this.categories;
		for (String word : words(text)) {
			List<Scored> scored = all.get(word);
			if (scored != null) {
				scored.forEach((s) -> found.merge(s.code(), s.score(), Double::sum));
			}
		}
		return ranked(found);
	}

	/** The distinctive words of one category (for tests and the documentation). */
	Set<String> wordsOf(String code) {
		return this.categories.entrySet()
			.stream()
			.filter((e) -> e.getValue().stream().anyMatch((s) -> s.code().equals(code)))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	/** Waits for the work given to the worker so far (for tests). */
	void settle() {
		this.worker.settle(Duration.ofSeconds(120));
	}

	private static List<String> ranked(Map<String, Double> found) {
		return found.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.map(Map.Entry::getKey)
			.toList();
	}

	private static Set<String> words(String text) {
		return SEGMENT.seg(text)
			.stream()
			.map((term) -> term.word)
			.filter((word) -> word.codePointCount(0, word.length()) >= 2 && Character.isLetter(word.codePointAt(0)))
			.collect(Collectors.toSet());
	}

	private record Scored(String code, double score) {

	}

}
