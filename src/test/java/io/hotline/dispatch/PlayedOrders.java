package io.hotline.dispatch;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.org.UnitId;
import io.hotline.workorder.Caller;
import io.hotline.workorder.Channel;
import io.hotline.workorder.Deadlines;
import io.hotline.workorder.HistoricalOrder;
import io.hotline.workorder.HistoryWriter;
import io.hotline.workorder.Location;
import io.hotline.workorder.OrderType;
import io.hotline.workorder.Registration;
import io.hotline.workorder.Satisfaction;
import io.hotline.workorder.Urgency;
import io.hotline.workorder.WorkOrder;

/**
 * Orders of a past year played through the real transitions at chosen Beijing times and
 * stored as history: the only way to have dispatches in two periods of a test, since
 * dispatches over the API happen now.
 */
final class PlayedOrders {

	private final List<HistoricalOrder> orders = new ArrayList<>();

	private final UnitId unit;

	PlayedOrders(long unit) {
		this.unit = new UnitId(unit);
	}

	/** A new order, registered an hour before its first dispatch at that Beijing time. */
	Played dispatched(String actor, String at) {
		Instant dispatched = at(at);
		Registration registration = new Registration("accuracy-test:" + UUID.randomUUID(), Channel.PHONE,
				OrderType.COMPLAINT, Urgency.NORMAL, "派单质量测试", "派单质量测试工单", "天河区林和西路9号", Location.UNKNOWN, null,
				new Caller("测试", "13800000000"), "agent1", dispatched.minusSeconds(3600));
		Played played = new Played(WorkOrder.replay(registration));
		return played.dispatch(actor, at);
	}

	/** Stores every order played so far. */
	void writeWith(HistoryWriter writer) {
		writer.write(this.orders.stream().toList());
	}

	private static Instant at(String beijingTime) {
		return LocalDateTime.parse(beijingTime).atZone(WorkingCalendar.ZONE).toInstant();
	}

	/** One order, each step a minute after the one before unless a time is given. */
	final class Played {

		private final WorkOrder order;

		private Instant last;

		Played(WorkOrder order) {
			this.order = order;
		}

		Played dispatch(String actor, String at) {
			this.last = at(at);
			this.order.dispatch(actor, PlayedOrders.this.unit, List.of(),
					new Deadlines(this.last.plusSeconds(4 * 3600), this.last.plusSeconds(10 * 86400)), null, this.last);
			return keep();
		}

		Played returned() {
			this.order.returnToDispatch("unit1", "非本单位职责", next());
			return keep();
		}

		/** Signed, replied and called back dissatisfied: 重办. */
		Played reopened() {
			this.order.sign("unit1", next());
			this.order.reply("unit1", "已处理", true, next());
			this.order.callBack("callback1", Satisfaction.DISSATISFIED, false, null, next());
			return keep();
		}

		/** Signed, replied and called back satisfied: 办结. */
		Played closed() {
			this.order.sign("unit1", next());
			this.order.reply("unit1", "已处理", true, next());
			this.order.callBack("callback1", Satisfaction.SATISFIED, true, null, next());
			return keep();
		}

		private Instant next() {
			this.last = this.last.plusSeconds(60);
			return this.last;
		}

		/** The order as played so far replaces what was kept of it before. */
		private Played keep() {
			PlayedOrders.this.orders.removeIf((o) -> o.requestId().equals(this.order.registration().requestId()));
			PlayedOrders.this.orders.add(HistoricalOrder.of(this.order));
			return this;
		}

	}

}
