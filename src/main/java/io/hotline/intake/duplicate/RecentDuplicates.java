package io.hotline.intake.duplicate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import io.hotline.workorder.FlagKind;
import io.hotline.workorder.OrderFlags;
import io.hotline.workorder.WorkOrderId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The duplicates of a registered order among the recent ones: linked (the best
 * {@link #LINKED}) and flagged {@code DUPLICATE} with the closest, decided by the words
 * or, where meanings are compared, by the mean of words and meanings.
 */
@Component
class RecentDuplicates {

	private static final Logger log = LoggerFactory.getLogger(RecentDuplicates.class);

	/** Duplicates linked to a new order at most. */
	static final int LINKED = 3;

	/** The words' score from which an order is a candidate when meanings are compared. */
	static final double WORDS_FLOOR = 0.05;

	/** The orders nearest in meaning that are candidates besides those of the words. */
	static final int NEAREST = 20;

	private final RecentOrders recent;

	private final RecentMeanings meanings;

	private final RelatedOrders related;

	private final OrderFlags flags;

	private final DuplicateSettings settings;

	RecentDuplicates(RecentOrders recent, RecentMeanings meanings, RelatedOrders related, OrderFlags flags,
			DuplicateSettings settings) {
		this.recent = recent;
		this.meanings = meanings;
		this.related = related;
		this.flags = flags;
		this.settings = settings;
	}

	/**
	 * Links the order with its closest open duplicates of the last {@code recentDays} and
	 * flags it with the closest: by the words' score, or, where meanings are compared, by
	 * the mean of the words' and the meanings' (an older order without a vector by its
	 * words).
	 */
	void link(Indexed order, List<Match> words, Instant now) {
		link(order, words, now, this.meanings.on());
	}

	/** The same, comparing meanings or not. */
	void link(Indexed order, List<Match> words, Instant now, boolean byMeanings) {
		Instant since = now.minus(Duration.ofDays(this.settings.recentDays()));
		Predicate<Indexed> recentOpen = (o) -> o.status().open() && !o.createdAt().isBefore(since);
		List<Duplicate> found = null;
		if (byMeanings) {
			try {
				found = byMeaning(order, words, since, recentOpen);
			}
			catch (RuntimeException ex) {
				log.warn("order {} is compared by words only: its meaning could not be compared", order.number(), ex);
			}
		}
		if (found == null) {
			found = words.stream()
				.filter((m) -> m.score() >= this.settings.threshold() && recentOpen.test(m.order()))
				.map((m) -> new Duplicate(m, m.score(), null))
				.toList();
		}
		List<Duplicate> linked = found.subList(0, Math.min(LINKED, found.size()));
		for (Duplicate duplicate : linked) {
			this.related.store(order.orderId(), duplicate.match().order().orderId(), "DUPLICATE", duplicate.score(),
					duplicate.reasons(this.settings.threshold()), duplicate.match().sharedWords(), "system");
		}
		if (!linked.isEmpty()) {
			Duplicate best = linked.get(0);
			Match match = best.match();
			boolean byWords = match.score() >= this.settings.threshold();
			this.flags
				.raise(new WorkOrderId(order.orderId()), FlagKind.DUPLICATE,
						byWords ? "similar-recent" : "similar-meaning", match.sharedWords(),
						best.fact(Notes.DAY.format(match.order().createdAt()), match.order().number(),
								match.sameCaller(), match.samePlace()),
						best.score(), new WorkOrderId(match.order().orderId()), "system");
		}
	}

	/**
	 * The candidates of the words (from {@link #WORDS_FLOOR}) and of the meanings (from
	 * the threshold: below it on both sides their mean cannot reach it) scored by that
	 * mean.
	 */
	private List<Duplicate> byMeaning(Indexed order, List<Match> words, Instant since, Predicate<Indexed> recentOpen) {
		MeaningIndex.Quantized vector = this.meanings.add(order.orderId(), order.createdAt(), order.title(),
				order.content());
		Map<Long, Match> candidates = new LinkedHashMap<>();
		words.forEach((m) -> candidates.put(m.order().orderId(), m));
		Probe probe = Probe.of(order);
		double threshold = this.settings.meaningThreshold();
		for (MeaningIndex.Near near : this.meanings.nearest(vector, order.orderId(), since, threshold, NEAREST)) {
			if (!candidates.containsKey(near.orderId())) {
				Match match = this.recent.match(probe, near.orderId());
				if (match != null) {
					candidates.put(near.orderId(), match);
				}
			}
		}
		List<Duplicate> found = new ArrayList<>();
		for (Match match : candidates.values()) {
			if (!recentOpen.test(match.order())) {
				continue;
			}
			Optional<Double> cosine = this.meanings.cosine(vector, match.order().orderId());
			double score = cosine.map((c) -> Duplicate.mean(match.score(), c)).orElse(match.score());
			if (score >= (cosine.isPresent() ? threshold : this.settings.threshold())) {
				found.add(new Duplicate(match, score, cosine.orElse(null)));
			}
		}
		found.sort(Comparator.comparingDouble(Duplicate::score).reversed());
		return found;
	}

}
