package io.hotline.workorder;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;

/**
 * How a list of orders is ordered: by one of its columns, either way, or in a queue's own
 * order. {@code newest} (the default) and {@code deadline} keep their meaning; ties are
 * broken by the order's id so that pages never overlap.
 */
public record OrderSort(Column column, boolean descending) {

	public static final OrderSort NEWEST = new OrderSort(Column.NEWEST, false);

	/** The sorts a request may name ({@code sort=}), with their SQL. */
	public enum Column {

		/** The newest first (by id). */
		NEWEST("newest"),
		/** Registration time. */
		CREATED_AT("createdAt"),
		/** The handling deadline, orders without one last. */
		DEADLINE("deadline"),
		/** The deadline to sign, orders without one last. */
		SIGN_DEADLINE("signDeadline"),
		/** 一般 &lt; 紧急 &lt; 特急. */
		URGENCY("urgency"),
		/** The order's number. */
		NUMBER("number"),
		/** The lifecycle's order of the states. */
		STATUS("status"),
		/**
		 * The dispatch queue's order: the most urgent first, then by deadline, then
		 * oldest.
		 */
		DISPATCH_QUEUE("dispatchQueue"),
		/**
		 * The unit inbox's order: orders waiting to be signed first, by sign deadline,
		 * then those in handling by deadline.
		 */
		UNIT_INBOX("unitInbox");

		private final String name;

		Column(String name) {
			this.name = name;
		}

		public String parameter() {
			return this.name;
		}

	}

	static final String URGENCY_RANK = "(case o.urgency when 'VERY_URGENT' then 2 when 'URGENT' then 1 else 0 end)";

	private static final String STATUS_RANK = Arrays.stream(Status.values())
		.map((s) -> "when '" + s.name() + "' then " + s.ordinal())
		.collect(Collectors.joining(" ", "(case o.status ", " end)"));

	/**
	 * The sort a request names; none is {@link #NEWEST}, a direction defaults to
	 * ascending.
	 */
	public static OrderSort parse(String sort, String dir) {
		boolean descending = ListParameters.descending(dir, false);
		if (sort == null || sort.isBlank()) {
			return new OrderSort(Column.NEWEST, descending);
		}
		for (Column column : Column.values()) {
			if (column.name.equals(sort.strip())) {
				return new OrderSort(column, descending);
			}
		}
		throw Problem.invalid("orderlist.bad-sort", sort.strip(), allowed());
	}

	static String allowed() {
		return Arrays.stream(Column.values()).map(Column::parameter).collect(Collectors.joining(", "));
	}

	/**
	 * The {@code order by} clause over rows aliased {@code o}; newest and the queues'
	 * orders have one direction only.
	 */
	String sql() {
		String way = this.descending ? " desc" : "";
		return switch (this.column) {
			case NEWEST -> " order by o.id desc";
			case CREATED_AT -> " order by o.created_at" + way + ", o.id" + way;
			case DEADLINE -> " order by o.deadline" + way + " nulls last, o.id" + way;
			case SIGN_DEADLINE -> " order by o.sign_deadline" + way + " nulls last, o.id" + way;
			case URGENCY -> " order by " + URGENCY_RANK + way + ", o.id" + way;
			case NUMBER -> " order by o.number" + way + ", o.id" + way;
			case STATUS -> " order by " + STATUS_RANK + way + ", o.id" + way;
			case DISPATCH_QUEUE -> " order by " + URGENCY_RANK + " desc, o.deadline nulls last, o.created_at, o.id";
			case UNIT_INBOX -> " order by (o.status <> 'DISPATCHED'), "
					+ "(case when o.status = 'DISPATCHED' then o.sign_deadline else o.deadline end) nulls last, o.id";
		};
	}

}
