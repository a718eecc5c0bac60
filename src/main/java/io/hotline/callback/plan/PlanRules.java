package io.hotline.callback.plan;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.hotline.platform.Problem;
import io.hotline.workorder.OrderType;

/**
 * The administrator's rules for planning callbacks: how many working days after the reply
 * a callback is due ({@code delays}, the longest category prefix and the type that match,
 * else {@code defaultDelayDays}), never later than {@code limitDays} working days; which
 * channel ({@code channels}, the first that applies); how long an SMS or WeChat link
 * waits for the citizen's rating before the robot calls ({@code smsWaitHours}).
 */
record PlanRules(Integer defaultDelayDays, Integer limitDays, Integer smsWaitHours, List<Delay> delays,
		List<ChannelRule> channels, String updatedBy, Instant updatedAt) {

	static final int MOST_DAYS = 30;

	/**
	 * A delay for a category (its code or a prefix of it; blank: any) and a type (blank:
	 * any).
	 */
	record Delay(String category, String type, Integer days) {

		int specificity() {
			return ((this.category == null) ? 0 : this.category.length() * 2) + (blank(this.type) ? 0 : 1);
		}

		boolean applies(String categoryCode, OrderType orderType) {
			boolean category = blank(this.category)
					|| (categoryCode != null && categoryCode.startsWith(this.category.strip()));
			return category && (blank(this.type) || this.type.strip().equals(orderType.name()));
		}

	}

	/** When a plan takes a channel: the first rule whose condition holds. */
	record ChannelRule(String when, String value, String channel) {

	}

	/** The delay in working days for an order of this category and type. */
	int delayDays(String categoryCode, OrderType type) {
		return this.delays.stream()
			.filter((d) -> d.applies(categoryCode, type))
			.max(Comparator.comparingInt(Delay::specificity))
			.map(Delay::days)
			.orElse(this.defaultDelayDays);
	}

	/** The rules checked: each wrong value refused, naming it. */
	PlanRules validated() {
		days("defaultDelayDays", this.defaultDelayDays);
		days("limitDays", this.limitDays);
		if (this.smsWaitHours == null || this.smsWaitHours < 1 || this.smsWaitHours > 240) {
			throw Problem.invalid("callback-plan.bad-sms-wait", 1, 240);
		}
		if (this.defaultDelayDays > this.limitDays) {
			throw Problem.invalid("callback-plan.delay-after-limit", "defaultDelayDays", this.defaultDelayDays,
					this.limitDays);
		}
		if (this.delays == null || this.channels == null || this.channels.isEmpty()) {
			throw Problem.invalid("callback-plan.rules-required");
		}
		for (Delay delay : this.delays) {
			if (delay == null) {
				throw Problem.invalid("callback-plan.rules-required");
			}
			days("days", delay.days());
			if (delay.days() > this.limitDays) {
				throw Problem.invalid("callback-plan.delay-after-limit",
						(blank(delay.category()) ? "*" : delay.category()) + "/"
								+ (blank(delay.type()) ? "*" : delay.type()),
						delay.days(), this.limitDays);
			}
			if (!blank(delay.type())) {
				type(delay.type());
			}
		}
		for (ChannelRule rule : this.channels) {
			if (rule == null) {
				throw Problem.invalid("callback-plan.rules-required");
			}
			Condition when = Condition.parse(rule.when());
			PlanChannel.parse(rule.channel());
			if (when.needsValue() && blank(rule.value())) {
				throw Problem.invalid("callback-plan.value-required", rule.when());
			}
			if (when == Condition.TYPE || when == Condition.COMPLAINT_TYPE) {
				for (String each : rule.value().split(",")) {
					type(each);
				}
			}
		}
		return this;
	}

	private static void days(String name, Integer days) {
		if (days == null || days < 0 || days > MOST_DAYS) {
			throw Problem.invalid("callback-plan.bad-days", name, 0, MOST_DAYS);
		}
	}

	private static OrderType type(String name) {
		try {
			return OrderType.valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("callback-plan.bad-type", name);
		}
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
