package io.hotline.callback.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.platform.DateParameter;
import io.hotline.platform.Problem;

/**
 * Which plans a list shows: by status, channel, due day, unit, category (a code or its
 * prefix), the period of the reply, whether surveyed, an order number; each wrong value a
 * 400 naming it.
 */
record PlanFilter(PlanStatus status, PlanChannel channel, LocalDate dueFrom, LocalDate dueTo, Long unitId,
		String category, LocalDate from, LocalDate to, Boolean surveyed, String number) {

	static final String SURVEYED = "(p.status in ('ANSWERED', 'UNREACHABLE') or p.answers <> '{}'::jsonb)";

	static PlanFilter of(Map<String, String> q) {
		return new PlanFilter(status(q.get("status")),
				blank(q.get("channel")) ? null : PlanChannel.parse(q.get("channel")), day("dueFrom", q),
				day("dueTo", q), unit(q.get("unit")), blank(q.get("category")) ? null : q.get("category").strip(),
				day("from", q), day("to", q), yesNo(q.get("surveyed")),
				blank(q.get("number")) ? null : q.get("number").strip());
	}

	/** The SQL condition (after {@code where}) and its parameters. */
	String where(List<Object> params) {
		List<String> and = new ArrayList<>(List.of("true"));
		if (this.status != null) {
			and.add("p.status = ?");
			params.add(this.status.name());
		}
		if (this.channel != null) {
			and.add("p.channel = ?");
			params.add(this.channel.name());
		}
		if (this.dueFrom != null) {
			and.add("p.due_at >= ?");
			params.add(PlanStore.ts(start(this.dueFrom)));
		}
		if (this.dueTo != null) {
			and.add("p.due_at < ?");
			params.add(PlanStore.ts(start(this.dueTo.plusDays(1))));
		}
		if (this.unitId != null) {
			and.add("p.unit_id = ?");
			params.add(this.unitId);
		}
		if (this.category != null) {
			and.add("p.category_code like ?");
			params.add(this.category.replace("%", "") + "%");
		}
		if (this.from != null) {
			and.add("p.replied_at >= ?");
			params.add(PlanStore.ts(start(this.from)));
		}
		if (this.to != null) {
			and.add("p.replied_at < ?");
			params.add(PlanStore.ts(start(this.to.plusDays(1))));
		}
		if (this.surveyed != null) {
			and.add(this.surveyed ? SURVEYED : "not " + SURVEYED);
		}
		if (this.number != null) {
			and.add("p.order_number = ?");
			params.add(this.number);
		}
		return String.join(" and ", and);
	}

	private static java.time.Instant start(LocalDate day) {
		return day.atStartOfDay(WorkingCalendar.ZONE).toInstant();
	}

	private static PlanStatus status(String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return PlanStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("callback-plan.bad-filter", "status", text);
		}
	}

	private static LocalDate day(String name, Map<String, String> q) {
		return DateParameter.parse(name, q.get(name), "callback-plan.bad-date", null);
	}

	private static Long unit(String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw Problem.invalid("callback-plan.bad-filter", "unit", text);
		}
	}

	private static Boolean yesNo(String text) {
		if (blank(text)) {
			return null;
		}
		return switch (text.strip()) {
			case "true" -> true;
			case "false" -> false;
			default -> throw Problem.invalid("callback-plan.bad-filter", "surveyed", text);
		};
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
