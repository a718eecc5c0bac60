package io.hotline.workorder;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * What the lists of orders filter by besides state, unit and text: any of these types,
 * urgencies and channels (none: all), a category and those below it (by its code's
 * prefix: two digits a level), a district (division code), registered between two days
 * (inclusive, in the platform's zone), supervised or not, overdue (open past the
 * deadline) or not.
 */
public record OrderListFilter(Set<OrderType> types, Set<Urgency> urgencies, Set<Channel> channels, String categoryCode,
		String district, LocalDate from, LocalDate to, Boolean supervised, Boolean overdue) {

	/** The platform's zone: a day of registration is a day in it. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	public static final OrderListFilter NONE = new OrderListFilter(null, null, null, null, null, null, null, null,
			null);

	public OrderListFilter {
		types = types == null ? Set.of() : Set.copyOf(types);
		urgencies = urgencies == null ? Set.of() : Set.copyOf(urgencies);
		channels = channels == null ? Set.of() : Set.copyOf(channels);
		categoryCode = categoryCode == null || categoryCode.isBlank() ? null : categoryCode.strip();
		district = district == null || district.isBlank() ? null : district.strip();
		if (from != null && to != null && from.isAfter(to)) {
			throw io.hotline.platform.Problem.invalid("orderlist.bad-range", from, to);
		}
	}

}
