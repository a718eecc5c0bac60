package io.hotline.cti.web;

import java.util.List;

import io.hotline.cti.Call;
import io.hotline.cti.CallEvent;
import io.hotline.cti.Calls;
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

	CtiController(Calls calls) {
		this.calls = calls;
	}

	@PostMapping("/api/cti/events")
	Call event(@RequestBody(required = false) CallEvent event, Actor actor) {
		return this.calls.record(event, actor);
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

	@GetMapping("/api/cti/calls")
	List<Call> ofOrder(@RequestParam(required = false) Long orderId, Actor actor) {
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
