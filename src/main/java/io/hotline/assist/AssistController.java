package io.hotline.assist;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.org.Actor;
import io.hotline.platform.DateParameter;
import io.hotline.platform.Problem;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 智能填单 and 话术指引 over HTTP (see {@code docs/assist.md}). */
@RestController
class AssistController {

	private final FormProposals proposals;

	private final Guidance guidance;

	private final java.time.Clock clock;

	AssistController(FormProposals proposals, Guidance guidance, java.time.Clock clock) {
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
			Actor actor) {
		LocalDate today = LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
		LocalDate last = DateParameter.parse("to", to, "assist.bad-date", today);
		LocalDate first = DateParameter.parse("from", from, "assist.bad-date", last.minusDays(29));
		return Map.of("from", first, "to", last, "fields", this.proposals.accuracy(first, last, actor));
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
