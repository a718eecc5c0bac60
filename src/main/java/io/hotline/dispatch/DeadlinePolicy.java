package io.hotline.dispatch;

import java.time.Instant;

import io.hotline.catalog.Catalog;
import io.hotline.catalog.TimeLimits;
import io.hotline.catalog.WorkingCalendar;
import io.hotline.workorder.Deadlines;
import io.hotline.workorder.Registration;
import io.hotline.workorder.Urgency;

import org.springframework.stereotype.Component;

/**
 * A dispatched order must be signed within working hours (4 normal, 2 urgent, 1 very
 * urgent) and handled within its category's working days for its urgency, counted from
 * the dispatch on the working-day calendar; an order without a category gets 10/3/1
 * working days.
 */
@Component
class DeadlinePolicy {

	static final TimeLimits DEFAULT_LIMITS = new TimeLimits(10, 3, 1);

	private final Catalog catalog;

	private final WorkingCalendar calendar;

	DeadlinePolicy(Catalog catalog, WorkingCalendar calendar) {
		this.catalog = catalog;
		this.calendar = calendar;
	}

	Deadlines deadlines(Registration registration, Instant dispatchedAt) {
		TimeLimits limits = registration.categoryCode() == null ? DEFAULT_LIMITS
				: this.catalog.category(registration.categoryCode())
					.map((category) -> category.limits())
					.orElse(DEFAULT_LIMITS);
		Urgency urgency = registration.urgency();
		int days = switch (urgency) {
			case NORMAL -> limits.normalDays();
			case URGENT -> limits.urgentDays();
			case VERY_URGENT -> limits.veryUrgentDays();
		};
		int signHours = switch (urgency) {
			case NORMAL -> 4;
			case URGENT -> 2;
			case VERY_URGENT -> 1;
		};
		return new Deadlines(this.calendar.addWorkingHours(dispatchedAt, signHours),
				this.calendar.addWorkingDays(dispatchedAt, days));
	}

}
