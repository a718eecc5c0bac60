package io.hotline.history;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import io.hotline.address.AddressResolver;
import io.hotline.address.ResolvedAddress;
import io.hotline.catalog.WorkingCalendar;
import io.hotline.org.UnitId;
import io.hotline.workorder.Caller;
import io.hotline.workorder.Channel;
import io.hotline.workorder.HistoricalOrder;
import io.hotline.workorder.Location;
import io.hotline.workorder.OrderType;
import io.hotline.workorder.Registration;
import io.hotline.workorder.Satisfaction;
import io.hotline.workorder.Status;
import io.hotline.workorder.Urgency;

import org.springframework.stereotype.Component;

/**
 * The platform's own history format, for hotlines that migrate from another system (see
 * {@code docs/history-import.md}): one order a row, ISO-8601 times, codes of units and
 * categories that exist already.
 */
@Component
class GenericCsvFormat implements HistoryFormat {

	static final List<String> HEADER = List.of("requestId", "createdAt", "channel", "type", "content", "address",
			"categoryCode", "unitCode", "status", "deadline", "closedAt", "satisfaction");

	private static final List<Status> IMPORTABLE = List.of(Status.REGISTERED, Status.DISPATCHED, Status.HANDLING,
			Status.REPLIED, Status.CLOSED);

	private static final SourceRow.TimeFormat ISO = GenericCsvFormat::iso;

	private final HistoryReferences references;

	private final AddressResolver addresses;

	GenericCsvFormat(HistoryReferences references, AddressResolver addresses) {
		this.references = references;
		this.addresses = addresses;
	}

	@Override
	public String name() {
		return "csv";
	}

	@Override
	public String misfit(List<String> header) {
		return HistoryFormat.missing(header, HEADER);
	}

	@Override
	public HistoricalOrder order(SourceRow row, Instant importedAt) throws RejectedRow {
		String requestId = row.required("requestId", SourceRow.REQUEST_ID);
		Instant created = row.time("createdAt", ISO);
		if (created == null) {
			throw new RejectedRow("createdAt is empty");
		}
		Channel channel = required(row, "channel", row.constant("channel", Channel.class));
		OrderType type = required(row, "type", row.constant("type", OrderType.class));
		String content = row.required("content", SourceRow.CONTENT);
		Status status = required(row, "status", row.constant("status", Status.class));
		if (!IMPORTABLE.contains(status)) {
			throw new RejectedRow("status " + status + " cannot be imported; use one of " + IMPORTABLE);
		}
		String category = row.text("categoryCode");
		if (category != null && this.references.category(category).isEmpty()) {
			throw new RejectedRow("categoryCode '" + category + "' is not in the catalog");
		}
		String unitCode = row.text("unitCode");
		UnitId unit = (unitCode == null) ? null : this.references.unit(unitCode)
			.orElseThrow(() -> new RejectedRow("unitCode '" + unitCode + "' is not a unit"));
		if (unit == null && status != Status.REGISTERED && status != Status.CLOSED) {
			throw new RejectedRow("status " + status + " needs a unitCode");
		}
		Instant closed = row.time("closedAt", ISO);
		if (status == Status.CLOSED && closed == null) {
			throw new RejectedRow("status CLOSED needs closedAt");
		}
		if (closed != null && closed.isBefore(created)) {
			throw new RejectedRow("closedAt '" + row.text("closedAt") + "' is before createdAt");
		}
		Satisfaction satisfaction = row.constant("satisfaction", Satisfaction.class);
		if (satisfaction != null && (status != Status.CLOSED || unit == null)) {
			throw new RejectedRow(
					"satisfaction " + satisfaction + " belongs to a called-back order: status CLOSED with a unitCode");
		}
		String address = row.text("address", SourceRow.ADDRESS);
		Instant deadline = row.deadline("deadline", ISO);
		ResolvedAddress place = this.addresses.resolve(address);
		Registration registration = new Registration(requestId, channel, type, Urgency.NORMAL, null, content, address,
				new Location(place.districtCode(), place.streetCode(), place.communityCode()), category,
				Caller.ANONYMOUS, "csv-import", created);
		PastTimeline timeline = new PastTimeline(registration);
		if (unit == null) {
			return (status == Status.CLOSED) ? timeline.finished(closed, null).order() : timeline.order();
		}
		timeline.dispatched(created, unit, deadline);
		if (status != Status.DISPATCHED) {
			timeline.signed(created);
		}
		if (status == Status.REPLIED || status == Status.CLOSED) {
			timeline.replied((closed != null) ? closed : created, null);
		}
		if (status == Status.CLOSED) {
			timeline.calledBack(closed, satisfaction);
		}
		return timeline.order();
	}

	private static <T> T required(SourceRow row, String column, T value) throws RejectedRow {
		if (value == null) {
			throw new RejectedRow(column + " is empty");
		}
		return value;
	}

	/** An ISO-8601 time with an offset, or a local one of the hotline's zone. */
	private static Instant iso(String value) {
		return (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$")) ? OffsetDateTime.parse(value).toInstant()
				: LocalDateTime.parse(value).atZone(WorkingCalendar.ZONE).toInstant();
	}

}
