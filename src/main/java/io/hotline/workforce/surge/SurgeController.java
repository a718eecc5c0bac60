package io.hotline.workforce.surge;

import java.util.List;

import io.hotline.org.Actor;
import io.hotline.org.Role;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The surge measures, the surge's status and the callback queue
 * (docs/workforce-surge.md).
 */
@RestController
class SurgeController {

	private final Measures measures;

	private final SurgeTrigger trigger;

	private final CallbackQueue callbacks;

	private final HotAnswers hot;

	private final HelpAsked help;

	SurgeController(Measures measures, SurgeTrigger trigger, CallbackQueue callbacks, HotAnswers hot, HelpAsked help) {
		this.measures = measures;
		this.help = help;
		this.hot = hot;
		this.trigger = trigger;
		this.callbacks = callbacks;
	}

	@GetMapping("/api/workforce/surge/measures")
	SurgeMeasures measures(Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		return this.measures.current();
	}

	@PutMapping("/api/workforce/surge/measures")
	SurgeMeasures set(@RequestBody(required = false) SurgeMeasures body, Actor actor) {
		return this.measures.set(body, actor);
	}

	@GetMapping("/api/workforce/surge/status")
	SurgeStatus status(Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.AGENT);
		return this.trigger.statusWithSeats();
	}

	/** 请求支援: the open ask for help, 204 when none. */
	@GetMapping("/api/workforce/surge/help")
	ResponseEntity<HelpAsked.Ask> help(Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.AGENT);
		return this.help.open().map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
	}

	/** Asks other hotlines for agents (replacing an open ask). */
	@PostMapping("/api/workforce/surge/help")
	HelpAsked.Ask ask(@RequestBody(required = false) HelpForm body, Actor actor) {
		HelpForm form = (body == null) ? new HelpForm(null, null) : body;
		return this.help.ask(form.agents(), form.note(), actor);
	}

	/** Withdraws the open ask: 204, or 404 when none was open. */
	@DeleteMapping("/api/workforce/surge/help")
	ResponseEntity<Void> withdraw(Actor actor) {
		return this.help.withdraw(actor) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
	}

	record HelpForm(Integer agents, String note) {

	}

	/**
	 * What the phone system follows now: the measures in effect
	 * (docs/workforce-surge.md).
	 */
	@GetMapping("/api/workforce/surge/phone")
	PhonePlan phone(Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.PHONE_SYSTEM);
		return this.hot.plan();
	}

	/**
	 * For the portal, no sign-in: the hot topic's answers while self-service deflection
	 * is in effect, 204 while it is not.
	 */
	@GetMapping("/api/public/surge/answers")
	ResponseEntity<PhonePlan.Menu> answers() {
		return this.hot.menu().map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PostMapping("/api/workforce/callbacks")
	SurgeCallback leave(@RequestBody(required = false) LeftNumber body, Actor actor) {
		LeftNumber b = body == null ? new LeftNumber(null, null, null) : body;
		return this.callbacks.leave(b.callId(), b.phone(), b.queuedAt(), actor);
	}

	@GetMapping("/api/workforce/callbacks")
	List<SurgeCallback> open(Actor actor) {
		return this.callbacks.open(actor);
	}

	/** 200 with the callback the agent now holds, 204 when none is due. */
	@PostMapping("/api/workforce/callbacks/next")
	ResponseEntity<SurgeCallback> next(Actor actor) {
		return this.callbacks.next(actor).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PostMapping("/api/workforce/callbacks/{id}/outcome")
	SurgeCallback outcome(@PathVariable long id, @RequestBody(required = false) Outcome body, Actor actor) {
		return this.callbacks.outcome(id, body == null ? null : body.outcome(), actor);
	}

	record LeftNumber(String callId, String phone, String queuedAt) {

	}

	record Outcome(String outcome) {

	}

}
