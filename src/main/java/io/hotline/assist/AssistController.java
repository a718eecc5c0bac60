package io.hotline.assist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.org.Actor;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.DateParameter;
import io.hotline.platform.InputText;
import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;
import io.hotline.platform.export.TableDownload;
import io.hotline.platform.export.TableFormat;

import org.springframework.http.ResponseEntity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** 智能填单 and 话术指引 over HTTP (see {@code docs/assist.md}). */
@RestController
class AssistController {

	private final FormProposals proposals;

	private final Guidance guidance;

	private static final List<String> ACCURACY_ZH = List.of("起", "止", "字段", "评判数", "采纳", "修改", "漏填", "准确率");

	private static final List<String> ACCURACY_EN = List.of("From", "To", "Field", "Judged", "Accepted", "Changed",
			"Missed", "Accuracy");

	private final java.time.Clock clock;

	private final AuditTrail audit;

	AssistController(FormProposals proposals, Guidance guidance, java.time.Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.proposals = proposals;
		this.guidance = guidance;
		this.clock = clock;
	}

	/**
	 * What the workstation sends: the call, the caller's number, the utterances so far.
	 */
	record Said(String callId, String caller, List<UtteranceInput> utterances) {

	}

	/**
	 * The agent's outcome: the order registered, the value kept for each changed field.
	 */
	record Outcome(Long orderId, Map<String, String> fields) {

	}

	/** A proposed form: its id (for the outcome) and its fields. */
	record FormAnswer(long id, String callId, Map<String, FormField> fields, String districtCode, String streetCode,
			String communityCode) {

	}

	@PostMapping("/api/assist/form")
	FormAnswer form(@RequestBody(required = false) Said body, Actor actor) {
		Said said = required(body);
		FormProposals.Proposal proposal = this.proposals.propose(said.callId(), said.utterances(), actor);
		ProposedForm form = proposal.form();
		return new FormAnswer(proposal.id(), proposal.callId(), form.fields(), form.districtCode(), form.streetCode(),
				form.communityCode());
	}

	@PostMapping("/api/assist/form/{id}/outcome")
	Map<String, Object> outcome(@PathVariable long id, @RequestBody(required = false) Outcome body, Actor actor) {
		if (body == null) {
			throw Problem.invalid("request.body-required");
		}
		return Map.of("id", id, "fields", this.proposals.outcome(id, body.orderId(), body.fields(), actor));
	}

	@GetMapping("/api/assist/form/accuracy")
	Map<String, Object> accuracy(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String agent, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Actor actor) {
		Report report = report(from, to, agent, sort, dir, actor);
		return Map.of("from", report.from(), "to", report.to(), "fields", report.fields());
	}

	@GetMapping("/api/assist/form/accuracy/export")
	ResponseEntity<StreamingResponseBody> accuracyExport(@RequestParam(required = false) String format,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String agent, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Actor actor, Locale locale) {
		TableFormat as = TableFormat.parse(format);
		Report report = report(from, to, agent, sort, dir, actor);
		this.audit.record(actor.username(), "EXPORT", "assist-form-accuracy", "OK",
				as.extension() + ", " + report.from() + ".." + report.to() + ((agent == null) ? "" : ", " + agent));
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return TableDownload.of(as, english ? "Form accuracy" : "智能填单准确率", english ? ACCURACY_EN : ACCURACY_ZH,
				(table) -> {
					for (FormProposals.FieldAccuracy f : report.fields()) {
						table.row(Arrays.asList(report.from(), report.to(), f.field(), f.judged(), f.accepted(),
								f.changed(), f.missed(), f.accuracy()));
					}
				});
	}

	@GetMapping("/api/assist/form/decided")
	FormProposals.DecidedPage decided(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String agent,
			@RequestParam(required = false) String field, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(required = false) String offset, @RequestParam(required = false) String limit, Actor actor) {
		return decidedPage(from, to, agent, field, outcome, ListParameters.of(sort, dir, offset, limit,
				FormProposals.DECIDED_SORTS.keySet(), "decidedAt", true, 50, 500), actor);
	}

	@GetMapping("/api/assist/form/decided/export")
	ResponseEntity<StreamingResponseBody> decidedExport(@RequestParam(required = false) String format,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String agent, @RequestParam(required = false) String field,
			@RequestParam(required = false) String outcome, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Actor actor, Locale locale) {
		TableFormat as = TableFormat.parse(format);
		FormProposals.DecidedPage page = decidedPage(from, to, agent, field, outcome,
				ListParameters.of(sort, dir, "0", Integer.toString(EXPORT_ROWS), FormProposals.DECIDED_SORTS.keySet(),
						"decidedAt", true, 50, EXPORT_ROWS),
				actor);
		if (page.total() > EXPORT_ROWS) {
			throw Problem.invalid("export.too-many-rows", EXPORT_ROWS, page.total());
		}
		this.audit.record(actor.username(), "EXPORT", "assist-form-decided", "OK",
				as.extension() + ", " + field + ((outcome == null) ? "" : " " + outcome) + ", " + page.items().size());
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return TableDownload.of(as, english ? "Form fields decided" : "智能填单明细", english ? DECIDED_EN : DECIDED_ZH,
				(table) -> {
					for (FormProposals.Decided d : page.items()) {
						table.row(Arrays.asList(d.formId(), d.orderId(), d.callId(), d.agent(), d.decidedAt(), field,
								d.proposed(), d.kept(), d.accepted(), d.confidence()));
					}
				});
	}

	private static final int EXPORT_ROWS = 10_000;

	private static final List<String> DECIDED_ZH = List.of("表单", "工单", "通话", "坐席", "决定时间", "字段", "建议", "最终", "采纳",
			"置信度");

	private static final List<String> DECIDED_EN = List.of("form", "order", "call", "agent", "decided at", "field",
			"proposed", "kept", "accepted", "confidence");

	private FormProposals.DecidedPage decidedPage(String from, String to, String agent, String field, String outcome,
			ListParameters page, Actor actor) {
		LocalDate today = LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
		LocalDate last = DateParameter.parse("to", to, "assist.bad-date", today);
		LocalDate first = DateParameter.parse("from", from, "assist.bad-date", last.minusDays(29));
		String who = (agent == null || agent.isBlank()) ? null : InputText.limited(agent.strip(), "agent", 64);
		String kind = (outcome == null || outcome.isBlank()) ? null : outcome.strip();
		return this.proposals.decided(first, last, who, (field == null) ? null : field.strip(), kind, page, actor);
	}

	/** The accuracy report asked: its period and its fields, sorted. */
	record Report(LocalDate from, LocalDate to, List<FormProposals.FieldAccuracy> fields) {

	}

	private Report report(String from, String to, String agent, String sort, String dir, Actor actor) {
		LocalDate today = LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
		LocalDate last = DateParameter.parse("to", to, "assist.bad-date", today);
		LocalDate first = DateParameter.parse("from", from, "assist.bad-date", last.minusDays(29));
		ListParameters order = ListParameters.of(sort, dir, null, null, FormProposals.ACCURACY_SORTS.keySet(), "field",
				false, 1, 1);
		String who = (agent == null || agent.isBlank()) ? null : InputText.limited(agent.strip(), "agent", 64);
		List<FormProposals.FieldAccuracy> fields = new ArrayList<>(this.proposals.accuracy(first, last, who, actor));
		Comparator<FormProposals.FieldAccuracy> by = FormProposals.ACCURACY_SORTS.get(order.sort());
		fields.sort(order.descending() ? by.reversed() : by);
		return new Report(first, last, fields);
	}

	@PostMapping("/api/assist/guidance")
	Guidance.Advice guidance(@RequestBody(required = false) Said body, Actor actor) {
		Said said = required(body);
		return this.guidance.advise(said.callId(), said.caller(), said.utterances(), actor);
	}

	private static Said required(Said body) {
		if (body == null) {
			throw Problem.invalid("request.body-required");
		}
		return body;
	}

}
