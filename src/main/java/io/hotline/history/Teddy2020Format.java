package io.hotline.history;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import io.hotline.catalog.Category;
import io.hotline.workorder.Caller;
import io.hotline.workorder.Channel;
import io.hotline.workorder.HistoricalOrder;
import io.hotline.workorder.Location;
import io.hotline.workorder.OrderType;
import io.hotline.workorder.Registration;
import io.hotline.workorder.Urgency;

import org.springframework.stereotype.Component;

/**
 * The messages of a provincial 问政 board from the 2020 Teddy Cup (泰迪杯) data: web messages
 * with, in attachment 4, the government's reply; attachments 2 and 3 have no reply, and
 * {@code dispatch_train.csv} ({@code label,text}) not even a time. The first-level label
 * picks the catalog's level-1 category of that name. Place names in the data are
 * anonymised (A市A3区), so no location is derived.
 */
@Component
class Teddy2020Format implements HistoryFormat {

	static final String ACTOR = "teddy2020";

	private static final SourceRow.TimeFormat TIME = SourceRow.local(
			DateTimeFormatter.ofPattern("uuuu/M/d H:mm[:ss]").withResolverStyle(java.time.format.ResolverStyle.STRICT),
			ZoneId.of("Asia/Shanghai"));

	private static final String UNANSWERED = "历史留言，来源未记录答复";

	private final HistoryReferences references;

	Teddy2020Format(HistoryReferences references) {
		this.references = references;
	}

	@Override
	public String name() {
		return "teddy2020";
	}

	@Override
	public String misfit(List<String> header) {
		if (header.contains("text")) {
			return HistoryFormat.missing(header, List.of("label", "text"));
		}
		return HistoryFormat.missing(header, List.of("留言编号", "留言主题", "留言时间", "留言详情"));
	}

	@Override
	public HistoricalOrder order(SourceRow row, Instant importedAt) throws RejectedRow {
		if (row.has("text")) {
			String text = row.required("text", SourceRow.CONTENT);
			String id = "t-" + UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8));
			return order("teddy2020:" + id, null, null, text, importedAt, row.text("label"), null, null);
		}
		Instant written = row.time("留言时间", TIME);
		if (written == null) {
			throw new RejectedRow("留言时间 is empty");
		}
		Instant replied = row.time("答复时间", TIME);
		String reply = row.text("答复意见");
		if (replied != null && replied.isBefore(written)) {
			throw new RejectedRow("答复时间 '" + row.text("答复时间") + "' is before 留言时间");
		}
		String label = row.has("一级标签") ? row.text("一级标签") : row.text("一级分类");
		String id = SourceRow.limited("留言编号", "teddy2020:" + row.required("留言编号"), SourceRow.REQUEST_ID);
		return order(id, row.text("留言用户", SourceRow.CALLER_NAME), row.text("留言主题", SourceRow.TITLE),
				row.required("留言详情", SourceRow.CONTENT), written, label, reply,
				(reply != null && replied == null) ? written : replied);
	}

	private HistoricalOrder order(String id, String user, String title, String content, Instant written, String label,
			String reply, Instant repliedAt) {
		String category = (label == null) ? null : this.references.levelOne(label).map(Category::code).orElse(null);
		Registration registration = new Registration(id, Channel.WEB, OrderType.COMPLAINT, Urgency.NORMAL, title,
				content, null, Location.UNKNOWN, category, new Caller(user, null), ACTOR, written);
		PastTimeline timeline = new PastTimeline(registration);
		return (reply != null) ? timeline.replied(repliedAt, reply).calledBack(repliedAt, null).order()
				: timeline.finished(written, UNANSWERED).order();
	}

}
