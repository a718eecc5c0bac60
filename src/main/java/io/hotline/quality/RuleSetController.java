package io.hotline.quality;

import java.util.List;
import java.util.Set;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.Problem;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rule set's versions, its draft, the trial on past calls and switching it on. */
@RestController
@RequestMapping("/api/quality")
class RuleSetController {

	private final RuleSets ruleSets;

	private final Trial trial;

	private final Inspector inspector;

	private final InspectionRun run;

	RuleSetController(RuleSets ruleSets, Trial trial, Inspector inspector, InspectionRun run) {
		this.ruleSets = ruleSets;
		this.trial = trial;
		this.inspector = inspector;
		this.run = run;
	}

	@GetMapping("/rule-sets")
	List<RuleSet> history(Actor actor) {
		return this.ruleSets.history(actor);
	}

	@GetMapping("/rule-sets/active")
	RuleSet active(Actor actor) {
		actor.requireAny(Role.QUALITY, Role.SUPERVISOR, Role.AGENT);
		return this.ruleSets.active();
	}

	@GetMapping("/rule-sets/draft")
	RuleSet draft(Actor actor) {
		return this.ruleSets.draft(actor);
	}

	@GetMapping("/rule-sets/{version}")
	RuleSet version(@PathVariable String version, Actor actor) {
		actor.requireAny(Role.QUALITY, Role.SUPERVISOR);
		try {
			return this.ruleSets.version(Integer.parseInt(version));
		}
		catch (NumberFormatException ex) {
			throw Problem.invalid("request.bad-value", "version", version);
		}
	}

	@PutMapping("/rule-sets/draft")
	RuleSet saveDraft(@RequestBody(required = false) DraftForm form, Actor actor) {
		if (form == null) {
			throw Problem.invalid("request.body-required");
		}
		return this.ruleSets.saveDraft(form.rules(), form.note(), actor);
	}

	@PutMapping("/rule-sets/draft/rules/{ruleId}")
	RuleSet saveRule(@PathVariable String ruleId, @RequestBody(required = false) Rule rule, Actor actor) {
		return this.ruleSets.saveRule(ruleId, rule, actor);
	}

	@PostMapping("/rule-sets/draft/trial")
	Trial.Outcome trial(@RequestBody(required = false) TrialForm form, Actor actor) {
		TrialForm asked = (form == null) ? new TrialForm(null, null, null) : form;
		return this.trial.run(asked.from(), asked.to(), asked.limit(), actor);
	}

	@PostMapping("/rule-sets/draft/activate")
	RuleSet activate(@RequestBody(required = false) NoteForm form, Actor actor) {
		return this.ruleSets.activate((form == null) ? null : form.note(), actor);
	}

	@GetMapping("/kinds")
	Set<String> kinds(Actor actor) {
		actor.requireAny(Role.QUALITY);
		return this.inspector.kinds();
	}

	/** Inspects now what is due (as the job does every 30 s). */
	@PostMapping("/run")
	RunOutcome run(Actor actor) {
		actor.requireAny(Role.QUALITY);
		return new RunOutcome(this.run.catchUp());
	}

	record DraftForm(List<Rule> rules, String note) {
	}

	record TrialForm(String from, String to, Integer limit) {
	}

	record NoteForm(String note) {
	}

	record RunOutcome(int inspected) {
	}

}
