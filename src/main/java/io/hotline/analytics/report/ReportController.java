package io.hotline.analytics.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hotline.org.Actor;
import io.hotline.platform.Problem;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

	ReportController(Reports reports, ReportTemplates templates) {
		this.reports = reports;
		this.templates = templates;
	}

	/**
	 * {@code kind} weekly or monthly, {@code period} 2026-W47 or 2026-11, {@code format}
	 * html or pdf.
	 */
	@GetMapping("/api/analytics/reports/{kind}")
	ResponseEntity<byte[]> report(@PathVariable String kind, @RequestParam(required = false) String period,
			@RequestParam(required = false) String format, Actor actor) {
		String f = format(format);
		Reports.Rendered rendered = this.reports.render(kind, period, actor);
		return answer(f, rendered.html(), rendered.pdf(), rendered.fileName(f));
	}

	@GetMapping("/api/analytics/reports/inbox")
	Inbox inbox(Actor actor) {
		return new Inbox(this.reports.inbox(actor));
	}

	@GetMapping("/api/analytics/reports/issues/{id}")
	ResponseEntity<byte[]> issued(@PathVariable long id, @RequestParam(required = false) String format, Actor actor) {
		String f = format(format);
		Object[] issue = this.reports.issued(id, f, actor);
		return answer(f, (String) issue[2], (byte[]) issue[3],
				"12345-" + issue[0].toString().toLowerCase(Locale.ROOT) + "-" + issue[1] + "." + f);
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

	private static String format(String format) {
		String f = (format == null || format.isBlank()) ? "html" : format.strip().toLowerCase(Locale.ROOT);
		if (!f.equals("html") && !f.equals("pdf")) {
			throw Problem.invalid("report.bad-format", format);
		}
		return f;
	}

	private static ResponseEntity<byte[]> answer(String format, String html, byte[] pdf, String fileName) {
		if ("pdf".equals(format)) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
				.body(pdf);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
			.body(html.getBytes(StandardCharsets.UTF_8));
	}

	record Inbox(List<Reports.Delivered> reports) {

	}

}
