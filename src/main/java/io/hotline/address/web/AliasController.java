package io.hotline.address.web;

import java.util.List;

import io.hotline.address.AddressAliases;
import io.hotline.address.AddressAliases.Alias;
import io.hotline.org.Actor;
import io.hotline.platform.Problem;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators keep the local names that recognition knows: 华师 → 华南师范大学社区. */
@RestController
@RequestMapping("/api/nlp/address/aliases")
class AliasController {

	private final AddressAliases aliases;

	AliasController(AddressAliases aliases) {
		this.aliases = aliases;
	}

	@GetMapping
	List<Alias> aliases(Actor actor) {
		return this.aliases.aliases(actor);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Alias create(@RequestBody(required = false) AliasRequest body, Actor actor) {
		return this.aliases.create(required(body).alias(), body.code(), actor);
	}

	@PutMapping("/{id}")
	Alias update(@PathVariable long id, @RequestBody(required = false) AliasRequest body, Actor actor) {
		return this.aliases.update(id, required(body).alias(), body.code(), actor);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, Actor actor) {
		this.aliases.delete(id, actor);
	}

	private static AliasRequest required(AliasRequest body) {
		if (body == null) {
			throw Problem.invalid("request.body-required");
		}
		return body;
	}

	/**
	 * @param code the official code of the division the alias names, at any level
	 */
	record AliasRequest(String alias, String code) {

	}

}
