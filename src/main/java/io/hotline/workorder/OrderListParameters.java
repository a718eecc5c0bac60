package io.hotline.workorder;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.hotline.org.UnitId;
import io.hotline.platform.Problem;

/**
 * The parameters the lists of orders share ({@code GET /api/orders} and its export), read
 * into a query; a wrong value is refused naming the parameter and the values it allows.
 */
public record OrderListParameters(String status, Long unitId, String q, Boolean pendingExtension, Integer page,
		Integer size, String sort, String dir, String withoutOpenFlag, String type, String urgency, String channel,
		String categoryCode, String district, String from, String to, String supervised, String overdue) {

	public OrderQuery query() {
		OrderListFilter filter = new OrderListFilter(values("type", this.type, OrderType.class),
				values("urgency", this.urgency, Urgency.class), values("channel", this.channel, Channel.class),
				code("categoryCode", this.categoryCode), code("district", this.district), day("from", this.from),
				day("to", this.to), yesOrNo("supervised", this.supervised), yesOrNo("overdue", this.overdue));
		return new OrderQuery(values("status", this.status, Status.class), UnitId.of(this.unitId), this.q,
				Boolean.TRUE.equals(this.pendingExtension), filter, OrderSort.parse(this.sort, this.dir),
				(this.page == null) ? 0 : this.page, (this.size == null) ? 20 : this.size,
				FlagKind.parse(this.withoutOpenFlag));
	}

	private static <E extends Enum<E>> Set<E> values(String parameter, String list, Class<E> type) {
		if (list == null || list.isBlank()) {
			return Set.of();
		}
		Set<E> values = EnumSet.noneOf(type);
		for (String name : list.split(",")) {
			if (name.isBlank()) {
				continue;
			}
			try {
				values.add(Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				String allowed = Arrays.stream(type.getEnumConstants())
					.map(Enum::name)
					.collect(Collectors.joining(", "));
				if ("status".equals(parameter)) {
					throw Problem.invalid("order.bad-status", Arrays.toString(type.getEnumConstants()), name.strip());
				}
				throw Problem.invalid("orderlist.bad-value", parameter, name.strip(), allowed);
			}
		}
		return values;
	}

	private static Boolean yesOrNo(String parameter, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw Problem.invalid("orderlist.bad-value", parameter, value.strip(), "true, false");
		};
	}

	private static String code(String parameter, String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		if (!code.strip().matches("[0-9A-Za-z]{1,32}")) {
			throw Problem.invalid("orderlist.bad-code", parameter, code.strip());
		}
		return code.strip();
	}

	private static LocalDate day(String parameter, String day) {
		if (day == null || day.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(day.strip());
		}
		catch (DateTimeParseException ex) {
			throw Problem.invalid("orderlist.bad-day", parameter, day.strip());
		}
	}

}
