package io.hotline.intake.duplicate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 */
@Component
public class RegistrationChecks {

	/** Duplicates linked to a new order at most. */
	static final int LINKED = 3;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final RecentOrders recent;

	private final RelatedOrders related;

	private final CollectiveCases collective;

	private final OrderFlags flags;

	private final WorkOrders orders;

	private final DuplicateSettings settings;

	private volatile boolean superviseRepeats;

	RegistrationChecks(RecentOrders recent, RelatedOrders related, CollectiveCases collective, OrderFlags flags,
			WorkOrders orders, DuplicateSettings settings) {
		this.recent = recent;
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
		duplicates(indexed, similar, now);
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

	private void duplicates(Indexed order, List<Match> similar, Instant now) {
		Instant since = now.minus(Duration.ofDays(this.settings.recentDays()));
		List<Match> duplicates = similar.stream()
			.filter((m) -> m.order().status().open() && !m.order().createdAt().isBefore(since))
			.limit(LINKED)
			.toList();
		for (Match match : duplicates) {
			this.related.store(order.orderId(), match.order().orderId(), "DUPLICATE", match.score(),
					Candidate.of(match, this.settings.threshold()).reasons(), match.sharedWords(), "system");
		}
		if (!duplicates.isEmpty()) {
			Match best = duplicates.get(0);
			this.flags.raise(new WorkOrderId(order.orderId()), FlagKind.DUPLICATE, "similar-recent", best.sharedWords(),
					String.format("与 %s 的工单 %s 内容相似（相似度 %.2f%s%s）", DAY.format(best.order().createdAt()),
							best.order().number(), best.score(), best.sameCaller() ? "，同一来电人" : "",
							best.samePlace() ? "，同一地点" : ""),
					best.score(), new WorkOrderId(best.order().orderId()), "system");
		}
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
		WorkOrder current = this.orders.find(order.id(), Actor.system());
		if (this.superviseRepeats && current.status().open() && !current.supervised()) {
			return this.orders.change(order.id(), null, Actor.system(), (o) -> o.supervise("system", note, now));
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
