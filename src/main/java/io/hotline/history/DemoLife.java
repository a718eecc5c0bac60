package io.hotline.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import io.hotline.catalog.TimeLimits;
import io.hotline.catalog.WorkingCalendar;
import io.hotline.org.UnitId;
import io.hotline.workorder.Deadlines;
import io.hotline.workorder.OrderType;
import io.hotline.workorder.Satisfaction;
import io.hotline.workorder.Urgency;
import io.hotline.workorder.WorkOrder;

/**
 * Plays one demo order through the real transitions at plausible times: signed within
 * office hours, handled in a share of its working days (a few late), about 5 % returned
 * and re-dispatched, 5–8 % reopened by the callback. It stops at the first step that
 * would lie in the future, so the last weeks' orders are still open and some overdue.
 */
final class DemoLife {

	private final WorkingCalendar calendar;

	private final DemoTexts texts;

	private final Instant now;

	DemoLife(WorkingCalendar calendar, DemoTexts texts, Instant now) {
		this.calendar = calendar;
		this.texts = texts;
		this.now = now;
	}

	/**
	 * Plays the order as far as {@code now}; {@code units} are its first and its second
	 * unit.
	 */
	void play(WorkOrder order, TimeLimits limits, List<UnitId> units, Random random) {
		Instant t = order.registration().createdAt();
		if (order.registration().type() == OrderType.CONSULTATION && random.nextDouble() < 0.6) {
			if (due(t = t.plus(minutes(random, 2, 15)))) {
				order.finish("agent1", this.texts.reply(random), t);
			}
			return;
		}
		if (!due(t = t.plus(minutes(random, 5, 90)))) {
			return;
		}
		Instant signed = dispatchAndSign(order, units.get(0), limits, t, random);
		if (signed == null) {
			return;
		}
		if (random.nextDouble() < 0.05) {
			if (!due(t = signed.plus(minutes(random, 20, 240)))) {
				return;
			}
			order.returnToDispatch(handler(units.get(0)), "非本单位职责范围，请改派", t);
			if (!due(t = t.plus(minutes(random, 10, 120)))
					|| (signed = dispatchAndSign(order, units.get(1), limits, t, random)) == null) {
				return;
			}
		}
		double share = (random.nextDouble() < 0.04) ? 1.05 + random.nextDouble() * 0.6
				: 0.05 + random.nextDouble() * 0.85;
		if (!replyAndCallBack(order, signed, days(order, limits), share, random)
				|| order.status() != io.hotline.workorder.Status.REOPENED) {
			return;
		}
		Instant redispatch = order.timeline().get(order.timeline().size() - 1).at().plus(minutes(random, 30, 240));
		if (due(redispatch)
				&& (signed = dispatchAndSign(order, order.mainUnitId(), limits, redispatch, random)) != null) {
			replyAndCallBack(order, signed, days(order, limits), 0.05 + random.nextDouble() * 0.4, random);
		}
	}

	/** Dispatches and signs; answers when it was signed, or null if that is not yet. */
	private Instant dispatchAndSign(WorkOrder order, UnitId unit, TimeLimits limits, Instant at, Random random) {
		int signHours = switch (order.registration().urgency()) {
			case NORMAL -> 4;
			case URGENT -> 2;
			case VERY_URGENT -> 1;
		};
		order.dispatch("dispatcher1", unit, List.of(), new Deadlines(this.calendar.addWorkingHours(at, signHours),
				this.calendar.addWorkingDays(at, days(order, limits))), null, at);
		Instant signed = this.calendar.addWorkingHours(at, random.nextInt(signHours + 1)).plus(minutes(random, 5, 50));
		if (!due(signed)) {
			return null;
		}
		order.sign(handler(unit), signed);
		return signed;
	}

	private boolean replyAndCallBack(WorkOrder order, Instant signed, int days, double share, Random random) {
		Instant replied = this.calendar.addWorkingHours(signed, Math.max(1, (int) Math.round(days * 8 * share)));
		if (!due(replied)) {
			return false;
		}
		order.reply(handler(order.mainUnitId()), this.texts.reply(random), true, replied);
		Instant called = this.calendar.addWorkingHours(replied, 1 + random.nextInt(12));
		if (!due(called)) {
			return false;
		}
		double verdict = random.nextDouble();
		Satisfaction satisfaction = (order.snapshot().counts().reopenings() > 0 || verdict < 0.80)
				? Satisfaction.SATISFIED
				: (verdict < 0.935) ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.DISSATISFIED;
		order.callBack("callback1", satisfaction, satisfaction != Satisfaction.DISSATISFIED, null, called);
		return true;
	}

	private static int days(WorkOrder order, TimeLimits limits) {
		Urgency urgency = order.registration().urgency();
		return switch (urgency) {
			case NORMAL -> limits.normalDays();
			case URGENT -> limits.urgentDays();
			case VERY_URGENT -> limits.veryUrgentDays();
		};
	}

	private boolean due(Instant at) {
		return !at.isAfter(this.now);
	}

	static String handler(UnitId unit) {
		return "handler-" + unit.value();
	}

	private static Duration minutes(Random random, int from, int to) {
		return Duration.ofMinutes(from + random.nextInt(to - from + 1));
	}

}
