package io.hotline.callback.web;

import io.hotline.callback.AfterLastTry;
import io.hotline.callback.CallbackRules;
import io.hotline.callback.CallbackSettings;
import io.hotline.org.Actor;
import io.hotline.org.Role;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 回访规则: read by the callback staff, set by administrators. */
@RestController
class CallbackSettingsController {

	private final CallbackRules rules;

	CallbackSettingsController(CallbackRules rules) {
		this.rules = rules;
	}

	@GetMapping("/api/callback/settings")
	CallbackSettings settings(Actor actor) {
		actor.requireAny(Role.CALLBACK, Role.SUPERVISOR, Role.ADMIN);
		return this.rules.current();
	}

	@PutMapping("/api/callback/settings")
	CallbackSettings set(@RequestBody(required = false) SettingsBody body, Actor actor) {
		SettingsBody b = body == null ? new SettingsBody(null, null, null) : body;
		return this.rules.set(b.maxTries(), b.retryMinutes(), b.afterLast(), actor);
	}

	record SettingsBody(Integer maxTries, Integer retryMinutes, AfterLastTry afterLast) {

	}

}
