package io.hotline.open311;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.hotline.catalog.Catalog;
import io.hotline.catalog.Category;
import io.hotline.org.Actor;
import io.hotline.org.HandlingUnit;
import io.hotline.org.Organisation;
import io.hotline.org.UnitId;
import io.hotline.platform.Problem;
import io.hotline.workorder.EventType;
import io.hotline.workorder.GeoPoint;
import io.hotline.workorder.OrderView;
import io.hotline.workorder.OrderViews;
import io.hotline.workorder.PublicOrder;
import io.hotline.workorder.Status;
import io.hotline.workorder.WorkOrder;

import org.springframework.stereotype.Component;

/**
 * An order as a GeoReport service request: its number is the id, closed orders are
 * {@code closed} and all others {@code open}, the latest reply is the status notes, the
 * deadline the expected time and the main unit the agency responsible.
 */
@Component
class RequestFields {

	/** The zone of the times written, and of those read without an offset. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final OrderViews views;

	private final Catalog catalog;

	private final Organisation organisation;

	RequestFields(OrderViews views, Catalog catalog, Organisation organisation) {
		this.views = views;
		this.catalog = catalog;
		this.organisation = organisation;
	}

	Map<String, Object> of(WorkOrder order, Actor actor, RequestExtras.Extras extras) {
		OrderView view = this.views.of(order, actor);
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("service_request_id", view.number());
		fields.put("status", view.status() == Status.CLOSED ? "closed" : "open");
		fields.put("status_notes",
				view.events()
					.stream()
					.filter((event) -> event.type() == EventType.REPLIED || event.type() == EventType.FINISHED)
					.reduce((first, second) -> second)
					.map(OrderView.EventView::note)
					.orElse(null));
		fields.put("service_name", this.catalog.category(view.categoryCode()).map(Category::name).orElse(null));
		fields.put("service_code", view.categoryCode());
		fields.put("description", view.content());
		fields.put("agency_responsible", view.mainUnitId() == null ? null
				: this.organisation.unit(new UnitId(view.mainUnitId())).map(HandlingUnit::name).orElse(null));
		fields.put("service_notice", notice(view.categoryCode()));
		fields.put("requested_datetime", text(view.createdAt()));
		fields.put("updated_datetime", text(view.updatedAt()));
		fields.put("expected_datetime", text(view.deadline()));
		fields.put("address", view.address());
		fields.put("address_id", extras == null ? null : extras.addressId());
		fields.put("zipcode", null);
		GeoPoint point = order.registration().point();
		fields.put("lat", point == null ? null : point.lat());
		fields.put("long", point == null ? null : point.lon());
		fields.put("media_url", extras == null ? null : extras.mediaUrl());
		return fields;
	}

	/**
	 * Names for the rows of one search: the active units read once, the categories (and
	 * any unit no longer active) looked up once each.
	 */
	Names names() {
		return new Names();
	}

	/**
	 * The fields of a row of a search, the same as
	 * {@link #of(WorkOrder, Actor, RequestExtras.Extras)}'s.
	 */
	Map<String, Object> of(PublicOrder order, Names names, RequestExtras.Extras extras) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("service_request_id", order.number());
		fields.put("status", order.status() == Status.CLOSED ? "closed" : "open");
		fields.put("status_notes", order.latestReply());
		fields.put("service_name", names.category(order.categoryCode()));
		fields.put("service_code", order.categoryCode());
		fields.put("description", order.content());
		fields.put("agency_responsible", names.unit(order.mainUnitId()));
		fields.put("service_notice", names.notice(order.categoryCode()));
		fields.put("requested_datetime", text(order.createdAt()));
		fields.put("updated_datetime", text(order.updatedAt()));
		fields.put("expected_datetime", text(order.deadline()));
		fields.put("address", order.address());
		fields.put("address_id", extras == null ? null : extras.addressId());
		fields.put("zipcode", null);
		GeoPoint point = order.point();
		fields.put("lat", point == null ? null : point.lat());
		fields.put("long", point == null ? null : point.lon());
		fields.put("media_url", extras == null ? null : extras.mediaUrl());
		return fields;
	}

	private String notice(String categoryCode) {
		return categoryCode == null ? null
				: this.catalog.category(categoryCode).map(ServiceAttributes::notice).orElse(null);
	}

	/** Names of units and categories, cached for one request. */
	final class Names {

		private final Map<String, Optional<String>> notices = new HashMap<>();

		String notice(String code) {
			return code == null ? null
					: this.notices.computeIfAbsent(code, (c) -> Optional.ofNullable(RequestFields.this.notice(c)))
						.orElse(null);
		}

		private Map<Long, String> units;

		private final Map<String, Optional<String>> categories = new HashMap<>();

		String category(String code) {
			return code == null ? null
					: this.categories
						.computeIfAbsent(code, (c) -> RequestFields.this.catalog.category(c).map(Category::name))
						.orElse(null);
		}

		String unit(Long id) {
			if (id == null) {
				return null;
			}
			if (this.units == null) {
				this.units = new HashMap<>();
				for (HandlingUnit unit : RequestFields.this.organisation.units()) {
					this.units.put(unit.id().value(), unit.name());
				}
			}
			// a unit no longer active is not among units(): it is read once by itself
			return this.units.computeIfAbsent(id,
					(key) -> RequestFields.this.organisation.unit(new UnitId(key))
						.map(HandlingUnit::name)
						.orElse(null));
		}

	}

	/** A W3C date-time in {@link #ZONE}, to the second. */
	static String text(Instant at) {
		return at == null ? null
				: at.truncatedTo(ChronoUnit.SECONDS)
					.atZone(ZONE)
					.toOffsetDateTime()
					.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	/**
	 * A W3C date-time parameter: with an offset, or else in {@link #ZONE}; a date alone
	 * is its midnight.
	 */
	static Instant instant(String text, String name) {
		if (text == null) {
			return null;
		}
		// a '+' of an offset that the query string did not encode reads as a space
		text = text.strip().replace(' ', '+');
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return (text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text))
					.atZone(ZONE)
					.toInstant();
			}
			catch (DateTimeParseException again) {
				throw Problem.invalid("open311.bad-date", name, text);
			}
		}
	}

}
