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
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.hotline.catalog.Catalog;
import io.hotline.catalog.Category;
import io.hotline.org.Division;
import io.hotline.org.Divisions;
import io.hotline.org.HandlingUnit;
import io.hotline.org.Organisation;
import io.hotline.org.UnitId;
import io.hotline.platform.PersonalData;
import io.hotline.platform.Problem;
import io.hotline.workorder.GeoPoint;
import io.hotline.workorder.PublicOrder;
import io.hotline.workorder.Status;

import org.springframework.stereotype.Component;

/**
 * An order as a GeoReport service request: its number is the id, closed orders are
 * {@code closed} and all others {@code open}, the latest reply is the status notes, the
 * deadline the expected time and the main unit the agency responsible. Written in full
 * for a client whose key reads, or as published: the description and the status notes
 * without personal data, the address only as the district and street it lies in, the
 * point to two decimals (about a kilometre), no address id nor photo.
 */
@Component
class RequestFields {

	/** The zone of the times written, and of those read without an offset. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** Decimals of a published point's degrees: 0.01° is about 1.1 km. */
	private static final double PUBLISHED_DEGREES = 100;

	private final Catalog catalog;

	private final Organisation organisation;

	private final Divisions divisions;

	RequestFields(Catalog catalog, Organisation organisation, Divisions divisions) {
		this.catalog = catalog;
		this.organisation = organisation;
		this.divisions = divisions;
	}

	/**
	 * Names for the rows of one search: the active units read once, the categories (and
	 * any unit no longer active) looked up once each.
	 */
	Names names() {
		return new Names();
	}

	/**
	 * The fields of a request: in {@code full}, or as published; with the answers to the
	 * service's attributes as {@code extended_attributes} where the client asked for
	 * {@code extensions}.
	 */
	Map<String, Object> of(PublicOrder order, Names names, RequestExtras.Extras extras, boolean full,
			boolean extensions) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("service_request_id", order.number());
		fields.put("status", order.status().open() ? "open" : "closed");
		fields.put("status_notes", full ? order.latestReply() : published(order.latestReply(), order));
		fields.put("service_name", names.category(order.categoryCode()));
		fields.put("service_code", order.categoryCode());
		fields.put("description", full ? order.content() : published(order.content(), order));
		fields.put("agency_responsible", names.unit(order.mainUnitId()));
		fields.put("service_notice", names.notice(order.categoryCode()));
		fields.put("requested_datetime", text(order.createdAt()));
		fields.put("updated_datetime", text(order.updatedAt()));
		fields.put("expected_datetime", text(order.deadline()));
		fields.put("address", full ? order.address() : names.place(order.districtCode(), order.streetCode()));
		fields.put("address_id", full && extras != null ? extras.addressId() : null);
		fields.put("zipcode", null);
		GeoPoint point = order.point();
		fields.put("lat", point == null ? null : full ? point.lat() : generalised(point.lat()));
		fields.put("long", point == null ? null : full ? point.lon() : generalised(point.lon()));
		fields.put("media_url", full && extras != null ? extras.mediaUrl() : null);
		if (extensions) {
			fields.put("extended_attributes", extras == null ? Map.of() : extras.attributes());
		}
		return fields;
	}

	private static String published(String text, PublicOrder order) {
		return PersonalData.scrub(text, order.callerName());
	}

	private static double generalised(double degrees) {
		return Math.round(degrees * PUBLISHED_DEGREES) / PUBLISHED_DEGREES;
	}

	private String notice(String categoryCode) {
		return categoryCode == null ? null
				: this.catalog.category(categoryCode).map(ServiceAttributes::notice).orElse(null);
	}

	/** Names of units, categories and divisions, cached for one request. */
	final class Names {

		private final Map<String, Optional<String>> notices = new HashMap<>();

		private Map<Long, String> units;

		private final Map<String, Optional<String>> categories = new HashMap<>();

		String notice(String code) {
			return code == null ? null
					: this.notices.computeIfAbsent(code, (c) -> Optional.ofNullable(RequestFields.this.notice(c)))
						.orElse(null);
		}

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

		/**
		 * The district and street of an address, as open data names them
		 * ({@code 越秀区北京街道}); null where neither is known.
		 */
		String place(String districtCode, String streetCode) {
			String place = Stream.of(districtCode, streetCode)
				.map((code) -> RequestFields.this.divisions.division(code).map(Division::name).orElse(null))
				.filter(Objects::nonNull)
				.collect(Collectors.joining());
			return place.isEmpty() ? null : place;
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
