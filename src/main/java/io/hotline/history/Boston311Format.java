package io.hotline.history;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

import io.hotline.org.UnitId;
import io.hotline.workorder.Caller;
import io.hotline.workorder.Channel;
import io.hotline.workorder.HistoricalOrder;
import io.hotline.workorder.Location;
import io.hotline.workorder.OrderType;
import io.hotline.workorder.Registration;
import io.hotline.workorder.Urgency;

import org.springframework.stereotype.Component;

/**
 * Boston's 311 service requests (City of Boston open data): each department becomes a
 * handling unit {@code BOS-<Department>}, each REASON / TYPE a two-level category
 * {@code B-<hash>}, times are Boston local time.
 */
@Component
class Boston311Format implements HistoryFormat {

	static final String ACTOR = "boston311";

	private static final SourceRow.TimeFormat TIME = SourceRow
		.local(DateTimeFormatter.ofPattern("MM/dd/uuuu hh:mm:ss a", Locale.US)
			.withResolverStyle(java.time.format.ResolverStyle.STRICT), ZoneId.of("America/New_York"));

	/**
	 * The longest Department: its unit's code {@code BOS-<Department>} has at most 64.
	 */
	private static final int DEPARTMENT = 60;

	private static final Map<String, Channel> CHANNELS = Map.of("Constituent Call", Channel.PHONE,
			"Citizens Connect App", Channel.APP, "Self Service", Channel.WEB, "Employee Generated", Channel.OTHER,
			"Twitter", Channel.OTHER, "City Worker App", Channel.OTHER, "Maximo Integration", Channel.OTHER);

	private static final java.time.Duration SKEW = java.time.Duration.ofHours(1);

	private final HistoryReferences references;

	Boston311Format(HistoryReferences references) {
		this.references = references;
	}

	@Override
	public String name() {
		return "boston311";
	}

	@Override
	public String misfit(List<String> header) {
		return HistoryFormat.missing(header, List.of("CASE_ENQUIRY_ID", "OPEN_DT", "TARGET_DT", "CLOSED_DT",
				"CASE_STATUS", "CASE_TITLE", "SUBJECT", "REASON", "TYPE", "Department", "Location", "Source"));
	}

	@Override
	public HistoricalOrder order(SourceRow row, Instant importedAt) throws RejectedRow {
		String id = row.required("CASE_ENQUIRY_ID");
		String requestId = SourceRow.limited("CASE_ENQUIRY_ID", "boston311:" + id, SourceRow.REQUEST_ID);
		Instant opened = row.time("OPEN_DT", TIME);
		if (opened == null) {
			throw new RejectedRow("OPEN_DT is empty");
		}
		Instant target = row.deadline("TARGET_DT", TIME);
		Instant closed = row.time("CLOSED_DT", TIME);
		String type = row.text("TYPE");
		String title = row.text("CASE_TITLE", SourceRow.TITLE);
		if (type == null && title == null) {
			throw new RejectedRow("CASE_TITLE and TYPE are empty");
		}
		String content = SourceRow.limited("the content (TYPE: CASE_TITLE)", content(title, type), SourceRow.CONTENT);
		String address = row.text("Location", SourceRow.ADDRESS);
		boolean isClosed = "Closed".equalsIgnoreCase(row.text("CASE_STATUS"));
		if (isClosed && closed == null) {
			throw new RejectedRow("CASE_STATUS is Closed but CLOSED_DT is empty");
		}
		if (closed != null && closed.isBefore(opened)) {
			// the source's clocks disagree by seconds now and then: closed at once, then
			if (closed.isBefore(opened.minus(SKEW))) {
				throw new RejectedRow("CLOSED_DT '" + row.text("CLOSED_DT") + "' is before OPEN_DT");
			}
			closed = opened;
		}
		String department = row.required("Department", DEPARTMENT);
		String subject = row.text("SUBJECT", SourceRow.TITLE);
		UnitId unit = this.references.department("BOS-" + department, (subject != null) ? subject : department);
		String category = category(row.text("REASON"), type);
		Registration registration = new Registration(requestId,
				CHANNELS.getOrDefault(row.text("Source"), Channel.OTHER), OrderType.HELP, Urgency.NORMAL, title,
				content, address, Location.UNKNOWN, category, Caller.ANONYMOUS, ACTOR, opened);
		PastTimeline timeline = new PastTimeline(registration).dispatched(opened, unit, target);
		if (isClosed) {
			timeline.signed(closed).replied(closed, row.text("CLOSURE_REASON")).calledBack(closed, null);
		}
		return timeline.order();
	}

	private static String content(String title, String type) {
		if (type == null || type.equalsIgnoreCase(title)) {
			return title;
		}
		return (title == null) ? type : type + ": " + title;
	}

	private String category(String reason, String type) {
		if (reason == null) {
			return null;
		}
		String parent = this.references.category("B-" + hash(reason), reason, null);
		return (type == null) ? parent : this.references.category("B-" + hash(reason + "/" + type), type, parent);
	}

	private static String hash(String text) {
		CRC32 crc = new CRC32();
		crc.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return String.format("%08x", crc.getValue());
	}

}
