package io.hotline.intake.duplicate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

	private final RecentOrders recent;

	private final CollectiveCases collective;

	private final OrderFlags flags;

	private final WorkOrders orders;

	private final DuplicateSettings settings;

	private final RecentMeanings meanings;

	private volatile boolean superviseRepeats;

	private final RecentDuplicates duplicates;

	RegistrationChecks(RecentOrders recent, RecentDuplicates duplicates, CollectiveCases collective, OrderFlags flags,
			WorkOrders orders, DuplicateSettings settings, RecentMeanings meanings) {
		this.recent = recent;
		this.meanings = meanings;
		this.duplicates = duplicates;
		this.collective = collective;
		this.flags = flags;
		this.orders = orders;
		this.settings = settings;
		this.superviseRepeats = settings.superviseRepeats();
	}

	/**
	 * Checks a committed order, indexed already ({@link OrderEvents#updateIndex}), on the
	 * duplicate worker, once per registration ({@link OrderEvents}).
	 */
	void registered(WorkOrder order) {
		Indexed indexed = RecentOrders.indexed(order);
		double threshold = this.settings.threshold();
		List<Match> similar = this.recent.search(Probe.of(indexed), (o) -> true, (m) -> m.score() >= threshold, 50);
		Instant now = this.orders.now();
		if (this.meanings.on() && !this.recent.surging()) {
			// with the words' candidates from a lower floor
			this.duplicates.link(indexed, this.recent.search(Probe.of(indexed), (o) -> true,
					(m) -> m.score() >= RecentDuplicates.WORDS_FLOOR, RecentDuplicates.NEAREST), now);
		}
		else {
			// in a surge an embedding per order (8 ms of a core) would keep the worker
			// behind
			// and take the cores intake needs: words alone, the meaning made afterwards
			if (this.meanings.on()) {
				this.recent.meaningsLeft();
			}
			this.duplicates.link(indexed, similar, now, false);
		}
		repeats(order, similar, now);
		Instant windowStart = indexed.createdAt().minus(Duration.ofHours(this.settings.collectiveHours()));
		List<Match> sameEvent = similar.stream()
			.filter((m) -> m.samePlace() && !m.order().createdAt().isBefore(windowStart))
			.toList();
		if (!sameEvent.isEmpty()) {
			this.collective.consider(indexed, sameEvent, this.settings.collectiveCallers(), windowStart);
		}
		this.recent.afterCheck();
	}

	/**
	 * Whether repeat complaints are supervised as well as flagged (tests turn it on and
	 * off).
	 */
	void superviseRepeats(boolean supervise) {
		this.superviseRepeats = supervise;
	}

	/**
	 * 重复投诉: orders of the same caller or place about the same problem, closed within
	 * {@code repeatDays}: the new order is flagged and supervised with their history.
	 */
	private void repeats(WorkOrder order, List<Match> similar, Instant now) {
		Instant since = now.minus(Duration.ofDays(this.settings.repeatDays()));
		List<Match> earlier = similar.stream()
			.filter((m) -> m.order().status() == Status.CLOSED && (m.sameCaller() || m.samePlace())
					&& m.order().closedAt() != null && !m.order().closedAt().isBefore(since))
			.toList();
		if (earlier.isEmpty()) {
			return;
		}
		List<String> history = new ArrayList<>();
		for (Match match : earlier.subList(0, Math.min(5, earlier.size()))) {
			Indexed before = match.order();
			history.add(String.format("%s（%s 受理，%s 办结%s%s）", before.number(), Notes.DAY.format(before.createdAt()),
					Notes.DAY.format(before.closedAt()),
					(before.satisfaction() == null) ? "" : "，" + satisfaction(before.satisfaction()),
					match.sameCaller() ? "，同一来电人" : "，同一地点"));
		}
		Match best = earlier.get(0);
		String note = "重复投诉：此前已办结的同类工单 " + String.join("；", history);
		io.hotline.platform.Fact fact = io.hotline.platform.Fact.of("note.repeat-complaint", String.join("、",
				earlier.subList(0, Math.min(5, earlier.size())).stream().map((m) -> m.order().number()).toList()));
		this.flags.raise(order.id(), FlagKind.REPEAT_LOOP, "closed-again", best.sharedWords(), note, fact, best.score(),
				new WorkOrderId(best.order().orderId()), "system");
		superviseRepeat(order, note, fact);
	}

	/**
	 * Puts a repeat complaint under supervision (督办) with its history, where repeats are
	 * supervised and the order (as just read) is not supervised yet: a mark of the
	 * platform's, which leaves a closed order alone.
	 */
	void superviseRepeat(WorkOrder order, String note, io.hotline.platform.Fact fact) {
		if (this.superviseRepeats && !order.supervised()) {
			this.orders.mark(order.id(), Actor.system().username(), note, fact);
		}
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
