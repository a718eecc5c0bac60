package io.hotline.dispatch.web;

import io.hotline.dispatch.DispatchAdvice;
import io.hotline.dispatch.DispatchSuggestions;
import io.hotline.org.Actor;
import io.hotline.workorder.WorkOrderId;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SuggestionController {

	private final DispatchSuggestions suggestions;

	SuggestionController(DispatchSuggestions suggestions) {
		this.suggestions = suggestions;
	}

	@PostMapping("/api/dispatch/suggest")
	DispatchAdvice suggest(@RequestBody(required = false) SuggestBody body, Actor actor) {
		SuggestBody request = body == null ? new SuggestBody(null, null, null) : body;
		return this.suggestions.suggest(request.text(), request.address(), request.categoryCode(), actor);
	}

	@GetMapping("/api/orders/{id}/dispatch-suggestions")
	DispatchAdvice forOrder(@PathVariable long id, Actor actor) {
		return this.suggestions.forOrder(new WorkOrderId(id), actor);
	}

	record SuggestBody(String text, String address, String categoryCode) {

	}

}
