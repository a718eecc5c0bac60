package io.hotline.cti.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.hotline.cti.CallLine;
import io.hotline.cti.CtiFigures;
import io.hotline.cti.Figures;
import io.hotline.cti.Interval;
import io.hotline.cti.Wallboard;
import io.hotline.cti.Wallboards;
import io.hotline.org.Actor;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.ListParameters;
import io.hotline.platform.export.TableDownload;
import io.hotline.platform.export.TableFormat;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The figures of the calls per interval, their exports, and the wallboard (docs/cti.md).
 */
@RestController
class FiguresController {

	private final CtiFigures figures;

	private final Wallboards wallboards;

	private final AuditTrail audit;

	FiguresController(CtiFigures figures, Wallboards wallboards, AuditTrail audit) {
		this.figures = figures;
		this.wallboards = wallboards;
		this.audit = audit;
	}

	@GetMapping("/api/cti/intervals")
	CtiFigures.Report intervals(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String minutes, @RequestParam(required = false) String queue,
			@RequestParam(required = false) String serviceLevelSeconds, Actor actor) {
		return this.figures.intervals(from, to, minutes, queue, serviceLevelSeconds, actor);
	}

	/** The intervals as a file: one row an interval, the totals last. */
	@GetMapping("/api/cti/intervals/export")
	ResponseEntity<StreamingResponseBody> exportIntervals(@RequestParam(required = false) String format,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String minutes, @RequestParam(required = false) String queue,
			@RequestParam(required = false) String serviceLevelSeconds, Actor actor, Locale locale,
			HttpServletRequest request) {
		TableFormat as = TableFormat.parse(format);
		CtiFigures.Report report = this.figures.intervals(from, to, minutes, queue, serviceLevelSeconds, actor);
		boolean english = english(locale);
		this.audit.record(actor.username(), "EXPORT", "cti-intervals", "OK",
				as.extension() + ", " + report.intervals().size() + " rows, " + asked(request));
		List<String> header = new ArrayList<>(english ? List.of("Start", "End") : List.of("开始", "结束"));
		header.addAll(english ? Headings.FIGURES_EN : Headings.FIGURES_ZH);
		return TableDownload.of(as, english ? "Call intervals" : "话务时段统计", header, (table) -> {
			for (Interval interval : report.intervals()) {
				table.row(row(interval.start(), interval.end(), interval.figures()));
			}
			table.row(row(english ? "Total" : "合计", null, report.totals()));
		});
	}

	/** The calls behind a figure as a file, at most {@value CtiFigures#MOST_EXPORTED}. */
	@GetMapping("/api/cti/intervals/calls/export")
	ResponseEntity<StreamingResponseBody> exportCalls(@RequestParam(required = false) String format,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String queue, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String serviceLevelSeconds, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Actor actor, Locale locale, HttpServletRequest request) {
		TableFormat as = TableFormat.parse(format);
		List<CallLine> calls = new ArrayList<>();
		long count = this.figures.eachCall(from, to, queue, outcome, serviceLevelSeconds, page(sort, dir, null, null),
				actor, calls::add);
		this.audit.record(actor.username(), "EXPORT", "cti-calls", "OK",
				as.extension() + ", " + count + " rows, " + asked(request));
		boolean english = english(locale);
		return TableDownload.of(as, english ? "Calls" : "话务明细", english ? Headings.CALLS_EN : Headings.CALLS_ZH,
				(table) -> {
					for (CallLine call : calls) {
						table.row(Arrays.asList(call.callId(), call.queue(), call.caller(), call.agent(),
								call.offeredAt(), call.answeredAt(), call.endedAt(), call.wrapUpEndedAt(),
								call.outcome(), call.waitSeconds(), call.talkSeconds(), call.wrapUpSeconds(),
								call.handlingSeconds()));
					}
				});
	}

	@GetMapping("/api/cti/wallboard")
	Wallboard wallboard(@RequestParam(required = false) String queue, Actor actor) {
		return this.wallboards.now(queue, actor);
	}

	/** A page of the calls' list as asked: sorted by the offer by default, 50 a page. */
	static ListParameters page(String sort, String dir, String offset, String limit) {
		return ListParameters.of(sort, dir, offset, limit, CtiFigures.SORTS.keySet(), "offeredAt", false, 50, 500);
	}

	private static List<Object> row(Object start, Object end, Figures f) {
		return Arrays.asList(start, end, f.offered(), f.answered(), f.answeredWithinTarget(), f.answeredLate(),
				f.abandoned(), f.shortAbandoned(), f.waiting(), f.answerRate(), f.abandonRate(), f.serviceLevel(),
				f.averageHandlingSeconds(), f.averageSpeedOfAnswerSeconds(), f.occupancy());
	}

	private static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	/** The filter as asked, for the audit trail. */
	private static String asked(HttpServletRequest request) {
		String asked = request.getQueryString();
		if (asked == null) {
			return "no filter";
		}
		asked = URLDecoder.decode(asked, StandardCharsets.UTF_8);
		return (asked.length() > 500) ? asked.substring(0, 500) + "…" : asked;
	}

}
