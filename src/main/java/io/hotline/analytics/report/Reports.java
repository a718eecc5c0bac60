package io.hotline.analytics.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.hotline.catalog.WorkingCalendar;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 常态化报告: weekly and monthly reports made from the KPIs, rankings, alerts and cases, as
 * HTML and as PDF (Chinese in the embedded Noto Sans SC). Made on demand for any period,
 * and issued every Monday and every first of the month for the period just ended: kept,
 * and delivered to the inbox of everyone subscribed to that kind.
 */
@Service
class Reports {

	private static final Logger log = LoggerFactory.getLogger(Reports.class);

	private static final Role[] READERS = { Role.SUPERVISOR, Role.ANALYST };

	private final ReportContent content;

	private final ReportTemplates templates;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	Reports(ReportContent content, ReportTemplates templates, JdbcClient jdbc, Clock clock, AuditTrail audit,
			PlatformTransactionManager transactions) {
		this.content = content;
		this.templates = templates;
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactions);
	}

	Rendered render(String kind, String period, ReportScope scope, Actor actor) {
		actor.requireAny(READERS);
		return render(ReportPeriod.of(kind, period, today()), scope);
	}

	Rendered render(ReportPeriod period) {
		return render(period, ReportScope.ALL);
	}

	/**
	 * The report made now. A stored template that cannot be used, or whose report the PDF
	 * renderer refuses, gives way to the built-in one, which says so.
	 */
	Rendered render(ReportPeriod period, ReportScope scope) {
		Map<String, String> values = this.content.values(period, scope, this.clock.instant());
		ReportTemplates.Template template = this.templates.forReport(period.kind());
		String html = template.fill(values);
		try {
			return new Rendered(period, html, pdf(html));
		}
		catch (RuntimeException ex) {
			if (template.fallback()) {
				throw ex;
			}
			log.warn("the {} report template makes no PDF, the built-in one serves", period.kind(), ex);
			html = ReportTemplates.fallback().fill(values);
			return new Rendered(period, html, pdf(html));
		}
	}

	@Scheduled(cron = "${hotline.analytics.weekly-report-cron:0 30 7 * * MON}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "report-weekly", lockAtLeastFor = "PT1M")
	void weekly() {
		scheduled(ReportPeriod.WEEKLY);
	}

	@Scheduled(cron = "${hotline.analytics.monthly-report-cron:0 30 7 1 * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "report-monthly", lockAtLeastFor = "PT1M")
	void monthly() {
		scheduled(ReportPeriod.MONTHLY);
	}

	private void scheduled(String kind) {
		try {
			issue(kind, null);
		}
		catch (RuntimeException ex) {
			log.warn("the {} report was not issued", kind, ex);
		}
	}

	/**
	 * Issues the report of the period (the last whole one when null), once: kept and
	 * delivered to the subscribers; returns its id. The report (KPIs, hotspots and their
	 * embeddings, charts, PDF: seconds to minutes) is made before any transaction; only
	 * storing and delivering it is one, short. Two issuing at once both make it, and the
	 * first stored is the one kept.
	 */
	long issue(String kind, String periodName) {
		ReportPeriod period = ReportPeriod.of(kind, periodName, today());
		java.util.Optional<Long> existing = existing(period);
		if (existing.isPresent()) {
			return existing.get();
		}
		Rendered report = render(period);
		return this.transactions.execute((status) -> store(report));
	}

	private java.util.Optional<Long> existing(ReportPeriod period) {
		return this.jdbc.sql("select id from report_issue where kind = ? and period = ?")
			.params(period.kind(), period.name())
			.query(Long.class)
			.optional();
	}

	private long store(Rendered report) {
		ReportPeriod period = report.period();
		Timestamp now = Timestamp.from(this.clock.instant());
		java.util.Optional<Long> stored = this.jdbc.sql("""
				insert into report_issue (kind, period, html, pdf, created_at) values (?, ?, ?, ?, ?)
				on conflict (kind, period) do nothing returning id""")
			.params(period.kind(), period.name(), report.html(), report.pdf(), now)
			.query(Long.class)
			.optional();
		if (stored.isEmpty()) {
			// issued by another meanwhile, and delivered by it
			return existing(period).orElseThrow();
		}
		long id = stored.get();
		int delivered = this.jdbc.sql("""
				insert into report_delivery (issue_id, username, delivered_at)
				select ?, username, ? from report_subscription where kind = ?""")
			.params(id, now, period.kind())
			.update();
		this.audit.record(Actor.system().username(), "REPORT_ISSUE", period.kind() + " " + period.name(), "OK",
				"delivered to " + delivered);
		return id;
	}

	void subscribe(String kind, boolean on, Actor actor) {
		actor.requireAny(READERS);
		String k = ReportPeriod.of(kind, null, today()).kind();
		if (on) {
			this.jdbc
				.sql("""
						insert into report_subscription (username, kind, created_at) values (?, ?, ?) on conflict do nothing""")
				.params(actor.username(), k, Timestamp.from(this.clock.instant()))
				.update();
		}
		else {
			this.jdbc.sql("delete from report_subscription where username = ? and kind = ?")
				.params(actor.username(), k)
				.update();
		}
		this.audit.record(actor.username(), on ? "REPORT_SUBSCRIBE" : "REPORT_UNSUBSCRIBE", k, "OK", "");
	}

	List<Delivered> inbox(Actor actor) {
		return this.jdbc
			.sql("""
					select i.id, i.kind, i.period, d.delivered_at, d.read_at from report_delivery d
					join report_issue i on i.id = d.issue_id where d.username = ? order by d.delivered_at desc, i.id desc""")
			.param(actor.username())
			.query((rs, n) -> new Delivered(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(),
					(rs.getTimestamp(5) == null) ? null : rs.getTimestamp(5).toInstant()))
			.list();
	}

	/** An issued report as HTML or PDF, for its recipients and the readers of reports. */
	@Transactional
	Object[] issued(long id, String format, Actor actor) {
		boolean recipient = this.jdbc
			.sql("select exists (select 1 from report_delivery where issue_id = ? and username = ?)")
			.params(id, actor.username())
			.query(Boolean.class)
			.single();
		if (!recipient) {
			actor.requireAny(READERS);
		}
		Object[] issue = this.jdbc.sql("select kind, period, html, pdf from report_issue where id = ?")
			.param(id)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4) })
			.optional()
			.orElseThrow(() -> Problem.notFound("report.unknown", id));
		this.jdbc.sql("update report_delivery set read_at = ? where issue_id = ? and username = ? and read_at is null")
			.params(Timestamp.from(this.clock.instant()), id, actor.username())
			.update();
		return issue;
	}

	static byte[] pdf(String html) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> Reports.class.getResourceAsStream(ReportCharts.FONT), "Noto Sans SC");
			// parsed by the platform's parser, which takes no DTD or entity
			builder.withW3cDocument(ReportTemplates.xhtml(html), null);
			builder.toStream(out);
			builder.run();
			return UnifiedText.of(out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (org.xml.sax.SAXException ex) {
			throw new IllegalArgumentException("the report is not well-formed XHTML: " + ex.getMessage(), ex);
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
	}

	record Rendered(ReportPeriod period, String html, byte[] pdf) {

		String fileName(String format) {
			return "12345-" + this.period.kind().toLowerCase(Locale.ROOT) + "-" + this.period.name() + "." + format;
		}

	}

	record Delivered(long id, String kind, String period, Instant deliveredAt, Instant readAt) {

	}

}
