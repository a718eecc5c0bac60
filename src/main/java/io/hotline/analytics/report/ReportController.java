package io.hotline.analytics.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hotline.org.Actor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reports on demand, issued reports in the inbox, subscriptions, and the templates. */
@RestController
class ReportController {

	private final Reports reports;

	private final ReportTemplates templates;

	private final ReportIssues issues;

	ReportController(Reports reports, ReportTemplates templates, ReportIssues issues) {
		this.reports = reports;
		this.templates = templates;
		this.issues = issues;
	}

	/**
	 * {@code kind} weekly or monthly, {@code period} 2026-W47 or 2026-11, {@code format}
	 * html, pdf, docx or xlsx; the scope a {@code district} (code) and / or a
	 * {@code unitId}, as the cockpit's filters.
	 */
	@GetMapping("/api/analytics/reports/{kind}")
	ResponseEntity<byte[]> report(@PathVariable String kind, @RequestParam(required = false) String period,
			@RequestParam(required = false) String format, @RequestParam(required = false) String district,
			@RequestParam(required = false) String unitId, Actor actor) {
		ReportFormat f = ReportFormat.of(format);
		Reports.Rendered rendered = this.reports.render(kind, period, ReportScope.of(district, unitId), actor);
		return answer(f, rendered.html(), rendered::pdf, rendered.fileName(f.extension()));
	}

	/** The past issues, a page at a time (readers of reports). */
	@GetMapping("/api/analytics/reports/issues")
	ReportIssues.Page issues(@RequestParam(required = false) String kind, @RequestParam(required = false) String period,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String direction,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size, Actor actor) {
		return this.issues.list(kind, period, sort, direction, page, size, actor);
	}

	@GetMapping("/api/analytics/reports/subscriptions")
	Map<String, List<String>> subscriptions(Actor actor) {
		return Map.of("kinds", this.issues.subscriptions(actor));
	}

	@GetMapping("/api/analytics/reports/inbox")
	Inbox inbox(Actor actor) {
		return new Inbox(this.reports.inbox(actor));
	}

	@GetMapping("/api/analytics/reports/issues/{id}")
	ResponseEntity<byte[]> issued(@PathVariable long id, @RequestParam(required = false) String format, Actor actor) {
		ReportFormat f = ReportFormat.of(format);
		Object[] issue = this.reports.issued(id, f.extension(), actor);
		return answer(f, (String) issue[2], () -> UnifiedText.of((byte[]) issue[3]),
				"12345-" + issue[0].toString().toLowerCase(Locale.ROOT) + "-" + issue[1] + "." + f.extension());
	}

	@PutMapping("/api/analytics/reports/subscriptions/{kind}")
	ResponseEntity<Void> subscribe(@PathVariable String kind, Actor actor) {
		this.reports.subscribe(kind, true, actor);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/analytics/reports/subscriptions/{kind}")
	ResponseEntity<Void> unsubscribe(@PathVariable String kind, Actor actor) {
		this.reports.subscribe(kind, false, actor);
		return ResponseEntity.noContent().build();
	}

	/** Issues the report of a period now (ADMIN), as the schedule does. */
	@PostMapping("/api/analytics/reports/{kind}/issue")
	Map<String, Long> issue(@PathVariable String kind, @RequestParam(required = false) String period, Actor actor) {
		actor.requireAny();
		return Map.of("id", this.reports.issue(kind, period));
	}

	@GetMapping(path = "/api/analytics/reports/templates/{kind}", produces = "text/html;charset=UTF-8")
	String template(@PathVariable String kind, Actor actor) {
		actor.requireAny(io.hotline.org.Role.SUPERVISOR, io.hotline.org.Role.ANALYST);
		return this.templates.template(kind(kind));
	}

	@PutMapping(path = "/api/analytics/reports/templates/{kind}")
	ResponseEntity<Void> saveTemplate(@PathVariable String kind, @RequestBody(required = false) String body,
			Actor actor) {
		this.templates.save(kind(kind), body, actor);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/analytics/reports/templates/{kind}")
	ResponseEntity<Void> resetTemplate(@PathVariable String kind, Actor actor) {
		this.templates.reset(kind(kind), actor);
		return ResponseEntity.noContent().build();
	}

	private static String kind(String kind) {
		return ReportPeriod.of(kind, null, java.time.LocalDate.now()).kind();
	}

	private static ResponseEntity<byte[]> answer(ReportFormat format, String html,
			java.util.function.Supplier<byte[]> pdf, String fileName) {
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(format.mediaType);
		if (format == ReportFormat.PDF) {
			ok.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString());
		}
		else if (format != ReportFormat.HTML) {
			ok.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		}
		return ok.body(format.bytes(html, pdf));
	}

	record Inbox(List<Reports.Delivered> reports) {

	}

}
