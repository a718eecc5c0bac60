package io.hotline.linkage.web;

import java.net.URI;
import java.util.List;

import io.hotline.linkage.LinkageHit;
import io.hotline.linkage.LinkageRule;
import io.hotline.linkage.LinkageRules;
import io.hotline.linkage.RuleInput;
import io.hotline.org.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 智能联动: its rules, edited; a text checked against them. */
@RestController
class LinkageController {

	private final LinkageRules rules;

	LinkageController(LinkageRules rules) {
		this.rules = rules;
	}

	@GetMapping("/api/linkage/rules")
	List<LinkageRule> list(Actor actor) {
		return this.rules.list(actor);
	}

	@GetMapping("/api/linkage/rules/{id}")
	LinkageRule get(@PathVariable long id, Actor actor) {
		return this.rules.get(id, actor);
	}

	@PostMapping("/api/linkage/rules")
	ResponseEntity<LinkageRule> create(@RequestBody(required = false) RuleInput body, Actor actor) {
		LinkageRule rule = this.rules.create(body, actor);
		return ResponseEntity.created(URI.create("/api/linkage/rules/" + rule.id())).body(rule);
	}

	@PutMapping("/api/linkage/rules/{id}")
	LinkageRule update(@PathVariable long id, @RequestBody(required = false) RuleInput body, Actor actor) {
		return this.rules.update(id, body, actor);
	}

	@DeleteMapping("/api/linkage/rules/{id}")
	ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version, Actor actor) {
		this.rules.delete(id, version, actor);
		return ResponseEntity.noContent().build();
	}

	/** The rules that fire on the text; with a {@code rule}, whether that draft would. */
	@PostMapping("/api/linkage/check")
	List<LinkageHit> check(@RequestBody(required = false) CheckBody body, Actor actor) {
		CheckBody request = (body == null) ? new CheckBody(null, null) : body;
		return this.rules.check(request.text(), request.rule(), actor);
	}

	record CheckBody(String text, RuleInput rule) {

	}

}
