package io.hotline.intake.duplicate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import io.hotline.org.Actor;
import io.hotline.workorder.FlagKind;
import io.hotline.workorder.OrderFlags;
import io.hotline.workorder.Status;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.stereotype.Component;

/**
 * What the platform checks once an order is registered, against the recent orders: its
 * duplicates (linked, and the order flagged {@code DUPLICATE} with the closest one), a
 * repeat complaint (the same problem of the same caller or place closed before: flagged
 * {@code REPEAT_LOOP} and put under supervision with its history) and a collective case.
 * Where meanings are compared the duplicates are decided on the duplicate worker, after
 * the registration has answered.
 */
@Component
public class RegistrationChecks {

	/** Duplicates linked to a new order at most. */
	static final int LINKED = 3;

	/** The words' score from which an order is a candidate when meanings are compared. */
	static final double WORDS_FLOOR = 0.05;

	/** The orders nearest in meaning that are candidates besides those of the words. */
	static final int NEAREST = 20;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final RecentOrders recent;

	private final RelatedOrders related;

	private final CollectiveCases collective;

	private final OrderFlags flags;

	private final WorkOrders orders;

	private final DuplicateSettings settings;

	private final RecentMeanings meanings;

	private volatile boolean superviseRepeats;

	RegistrationChecks(RecentOrders recent, RelatedOrders related, CollectiveCases collective, OrderFlags flags,
			WorkOrders orders, DuplicateSettings settings, RecentMeanings meanings) {
		this.recent = recent;
		this.meanings = meanings;
		this.related = related;
		this.collective = collective;
		this.flags = flags;
		this.orders = orders;
		this.settings = settings;
		this.superviseRepeats = settings.superviseRepeats();
	}

	/**
	 * Indexes a registered order and checks it, once: an order indexed already is left as
	 * it is. Answers the order as it is now (supervised, if it was a repeat complaint).
	 */
	public WorkOrder registered(WorkOrder order) {
		Indexed indexed = RecentOrders.indexed(order);
		if (!this.recent.add(indexed)) {
			return order;
		}
		double threshold = this.settings.threshold();
		List<Match> similar = this.recent.search(Probe.of(indexed), (o) -> true, (m) -> m.score() >= threshold, 50);
		Instant now = this.orders.now();
		if (this.meanings.on()) {
			// embedding and comparing meanings take longer than intake may wait: on the
			// worker, with the words' candidates from a lower floor
			this.recent.later(() -> duplicates(indexed,
					this.recent.search(Probe.of(indexed), (o) -> true, (m) -> m.score() >= WORDS_FLOOR, NEAREST), now));
		}
		else {
			duplicates(indexed, similar, now);
		}
		WorkOrder checked = repeats(order, similar, now);
		Instant windowStart = indexed.createdAt().minus(Duration.ofHours(this.settings.collectiveHours()));
		List<Match> sameEvent = similar.stream()
			.filter((m) -> m.samePlace() && !m.order().createdAt().isBefore(windowStart))
			.toList();
		if (!sameEvent.isEmpty()) {
			this.collective.consider(indexed, sameEvent, this.settings.collectiveCallers());
		}
		return checked;
	}

	/**
	 * Whether repeat complaints are supervised as well as flagged (tests turn it on and
	 * off).
	 */
	void superviseRepeats(boolean supervise) {
		this.superviseRepeats = supervise;
	}

	/**
	 * Links the order with its closest open duplicates of the last {@code recentDays} and
	 * flags it with the closest: by the words' score, or, where meanings are compared, by
	 * the mean of the words' and the meanings' (an older order without a vector by its
	 * words).
	 */
	private void duplicates(Indexed order, List<Match> words, Instant now) {
		Instant since = now.minus(Duration.ofDays(this.settings.recentDays()));
		Predicate<Indexed> recentOpen = (o) -> o.status().open() && !o.createdAt().isBefore(since);
		List<Duplicate> found = this.meanings.on() ? byMeaning(order, words, since, recentOpen)
				: words.stream()
					.filter((m) -> m.score() >= this.settings.threshold() && recentOpen.test(m.order()))
					.map((m) -> new Duplicate(m, m.score(), null))
					.toList();
		List<Duplicate> linked = found.subList(0, Math.min(LINKED, found.size()));
		for (Duplicate duplicate : linked) {
			this.related.store(order.orderId(), duplicate.match().order().orderId(), "DUPLICATE", duplicate.score(),
					duplicate.reasons(this.settings.threshold()), duplicate.match().sharedWords(), "system");
		}
		if (!linked.isEmpty()) {
			Duplicate best = linked.get(0);
			Match match = best.match();
			boolean byWords = match.score() >= this.settings.threshold();
			this.flags.raise(new WorkOrderId(order.orderId()), FlagKind.DUPLICATE,
					byWords ? "similar-recent" : "similar-meaning", match.sharedWords(),
					String.format("与 %s 的工单 %s 内容相似（%s%s%s）", DAY.format(match.order().createdAt()),
							match.order().number(), best.describe(), match.sameCaller() ? "，同一来电人" : "",
							match.samePlace() ? "，同一地点" : ""),
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

	/**
	 * 重复投诉: orders of the same caller or place about the same problem, closed within
	 * {@code repeatDays}: the new order is flagged and supervised with their history.
	 */
	private WorkOrder repeats(WorkOrder order, List<Match> similar, Instant now) {
		Instant since = now.minus(Duration.ofDays(this.settings.repeatDays()));
		List<Match> earlier = similar.stream()
			.filter((m) -> m.order().status() == Status.CLOSED && (m.sameCaller() || m.samePlace())
					&& m.order().closedAt() != null && !m.order().closedAt().isBefore(since))
			.toList();
		if (earlier.isEmpty()) {
			return order;
		}
		List<String> history = new ArrayList<>();
		for (Match match : earlier.subList(0, Math.min(5, earlier.size()))) {
			Indexed before = match.order();
			history.add(String.format("%s（%s 受理，%s 办结%s%s）", before.number(), DAY.format(before.createdAt()),
					DAY.format(before.closedAt()),
					(before.satisfaction() == null) ? "" : "，" + satisfaction(before.satisfaction()),
					match.sameCaller() ? "，同一来电人" : "，同一地点"));
		}
		Match best = earlier.get(0);
		String note = "重复投诉：此前已办结的同类工单 " + String.join("；", history);
		this.flags.raise(order.id(), FlagKind.REPEAT_LOOP, "closed-again", best.sharedWords(), note, best.score(),
				new WorkOrderId(best.order().orderId()), "system");
		return superviseRepeat(order.id(), note, now);
	}

	/**
	 * Puts a repeat complaint under supervision (督办) with its history, where repeats are
	 * supervised and the order is open and not supervised yet; answers it as it is now.
	 */
	WorkOrder superviseRepeat(WorkOrderId id, String note, Instant now) {
		WorkOrder current = this.orders.find(id, Actor.system());
		if (this.superviseRepeats && current.status().open() && !current.supervised()) {
			return this.orders.change(id, null, Actor.system(), (o) -> o.supervise("system", note, now));
		}
		return current;
	}

	private static String satisfaction(String value) {
		return switch (value) {
			case "SATISFIED" -> "满意";
			case "BASICALLY_SATISFIED" -> "基本满意";
			case "DISSATISFIED" -> "不满意";
			default -> value;
		};
	}

}
