package io.hotline.workorder;

import java.util.Set;

import io.hotline.org.UnitId;

/**
 * A search of orders: any of these states (none: all), of a unit (main or co-unit),
 * matching text (number, phone, content, title or address), only those with an extension
 * waiting for approval, without an open flag of a kind (such as a reply held for review),
 * narrowed by the lists' filters, in a sort's order.
 */
public record OrderQuery(Set<Status> statuses, UnitId unitId, String text, boolean pendingExtension,
		OrderListFilter filter, OrderSort sort, int page, int size, FlagKind withoutOpenFlag) {

	public static final int MAX_SIZE = 200;

	public OrderQuery(Set<Status> statuses, UnitId unitId, String text, boolean byDeadline, int page, int size) {
		this(statuses, unitId, text, false, OrderListFilter.NONE,
				byDeadline ? new OrderSort(OrderSort.Column.DEADLINE, false) : OrderSort.NEWEST, page, size, null);
	}

	public OrderQuery {
		statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
		text = text == null || text.isBlank() ? null : text.strip();
		filter = filter == null ? OrderListFilter.NONE : filter;
		sort = sort == null ? OrderSort.NEWEST : sort;
		if (page < 0) {
			throw io.hotline.platform.Problem.invalid("order.bad-page");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw io.hotline.platform.Problem.invalid("order.bad-size", MAX_SIZE);
		}
	}

}
