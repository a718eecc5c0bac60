package io.hotline.orderexport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hotline.org.Division;
import io.hotline.org.Divisions;
import io.hotline.org.HandlingUnit;
import io.hotline.org.Organisation;
import io.hotline.org.UnitId;
import io.hotline.platform.export.TableWriter;
import io.hotline.workorder.OrderListFilter;
import io.hotline.workorder.OrderSummary;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The columns of an exported list of orders, as the list shows them to its reader: the
 * headings and the words for states, types, urgencies and channels in the reader's
 * language ({@code i18n/orderlist.properties}, Chinese, and {@code _en}), categories (as
 * the list names them), units and districts by name, times in the platform's zone.
 */
@Component
class OrderColumns {

	private static final List<String> HEADINGS = List.of("number", "status", "type", "urgency", "channel", "title",
			"content", "address", "district", "category", "unit", "callerName", "callerPhone", "createdAt",
			"signDeadline", "deadline", "supervised");

	private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

	private final Organisation organisation;

	private final Divisions divisions;

	OrderColumns(Organisation organisation, Divisions divisions) {
		this.organisation = organisation;
		this.divisions = divisions;
		this.texts.setBasename("i18n/orderlist");
		this.texts.setDefaultEncoding("UTF-8");
		this.texts.setFallbackToSystemLocale(false);
	}

	/** The columns for one reader, names looked up once each for the whole file. */
	Reader reader(Locale locale) {
		return new Reader(locale);
	}

	final class Reader {

		private final Locale locale;

		private final Map<Long, String> units = new HashMap<>();

		private final Map<String, String> districts = new HashMap<>();

		private Reader(Locale locale) {
			this.locale = locale;
		}

		String defaultName() {
			return text("name");
		}

		List<String> header() {
			return HEADINGS.stream().map((heading) -> text("heading." + heading)).toList();
		}

		void write(OrderSummary order, TableWriter table) {
			try {
				table.row(Arrays.asList(order.number(), text("status." + order.status()), text("type." + order.type()),
						text("urgency." + order.urgency()), text("channel." + order.channel()), order.title(),
						order.content(), order.address(), district(order.districtCode()), category(order),
						unit(order.mainUnitId()), order.caller().name(), order.caller().phone(),
						time(order.createdAt()), time(order.signDeadline()), time(order.deadline()),
						text(order.supervised() ? "yes" : "no")));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private String text(String key) {
			return OrderColumns.this.texts.getMessage(key, null, key, this.locale);
		}

		private static String category(OrderSummary order) {
			return (order.categoryName() != null) ? order.categoryName() : order.categoryCode();
		}

		private String unit(Long id) {
			if (id == null) {
				return null;
			}
			return this.units.computeIfAbsent(id,
					(i) -> OrderColumns.this.organisation.unit(new UnitId(i))
						.map(HandlingUnit::name)
						.orElse(Long.toString(i)));
		}

		private String district(String code) {
			if (code == null) {
				return null;
			}
			return this.districts.computeIfAbsent(code,
					(c) -> OrderColumns.this.divisions.division(c).map(Division::name).orElse(c));
		}

		private static LocalDateTime time(Instant instant) {
			return instant == null ? null : LocalDateTime.ofInstant(instant, OrderListFilter.ZONE);
		}

	}

}
