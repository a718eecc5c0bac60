package io.hotline.cti.web;

import io.hotline.cti.AgentState;
import io.hotline.cti.AgentStates;
import io.hotline.cti.Call;
import io.hotline.cti.CallEvent;
import io.hotline.cti.Calls;
import io.hotline.cti.CtiFigures;
import io.hotline.org.Actor;
import io.hotline.platform.Problem;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The phone system's events and the agent's view of calls (docs/cti.md). */
@RestController
class CtiController {

	private final Calls calls;

	private final CtiFigures figures;

	private final AgentStates states;

	CtiController(Calls calls, CtiFigures figures, AgentStates states) {
		this.calls = calls;
		this.figures = figures;
		this.states = states;
	}

	@PostMapping("/api/cti/events")
	Call event(@RequestBody(required = false) CallEvent event, Actor actor) {
		return this.calls.record(event, actor);
	}

	/** An agent's state (docs/cti.md). */
	@PostMapping("/api/cti/agent-states")
	AgentState state(@RequestBody(required = false) AgentState.Report state, Actor actor) {
		return this.states.record(state, actor);
	}

	/** The screen pop: 200 with the call and earlier orders, 204 when no call is on. */
	@GetMapping("/api/cti/calls/current")
	ResponseEntity<Calls.ScreenPop> current(Actor actor) {
		return this.calls.current(actor).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
	}

	@GetMapping("/api/cti/calls/{callId}")
	Call call(@PathVariable String callId, Actor actor) {
		return this.calls.call(callId, actor);
	}

	/**
	 * The calls linked to an order ({@code orderId}); or, with {@code from}, the calls
	 * behind a figure of the intervals ({@link CtiFigures#calls}), a page of them.
	 */
	@GetMapping("/api/cti/calls")
	Object calls(@RequestParam(required = false) Long orderId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String queue,
			@RequestParam(required = false) String outcome, @RequestParam(required = false) String serviceLevelSeconds,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(required = false) String offset, @RequestParam(required = false) String limit, Actor actor) {
		if (orderId == null && from != null) {
			return this.figures.calls(from, to, queue, outcome, serviceLevelSeconds,
					FiguresController.page(sort, dir, offset, limit), actor);
		}
		if (orderId == null) {
			throw Problem.invalid("request.required", "orderId");
		}
		return this.calls.ofOrder(orderId, actor);
	}

	@PostMapping("/api/cti/calls/{callId}/order")
	Call link(@PathVariable String callId, @RequestBody(required = false) OrderLink body, Actor actor) {
		return this.calls.link(callId, body == null ? null : body.orderId(), actor);
	}

	record OrderLink(Long orderId) {

	}

}
