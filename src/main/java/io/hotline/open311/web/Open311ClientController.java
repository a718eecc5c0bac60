package io.hotline.open311.web;

import java.util.List;

import io.hotline.open311.Open311Clients;
import io.hotline.org.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators issue and revoke the API keys of Open311 clients. */
@RestController
@RequestMapping("/api/open311/clients")
class Open311ClientController {

	private final Open311Clients clients;

	Open311ClientController(Open311Clients clients) {
		this.clients = clients;
	}

	@GetMapping
	List<Open311Clients.Client> clients(Actor actor) {
		return this.clients.clients(actor);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Open311Clients.IssuedKey issue(@RequestBody(required = false) NewClient body, Actor actor) {
		return this.clients.issue(body == null ? null : body.name(), body != null && Boolean.TRUE.equals(body.read()),
				actor);
	}

	@DeleteMapping("/{id}")
	Open311Clients.Client revoke(@PathVariable long id, Actor actor) {
		return this.clients.revoke(id, actor);
	}

	record NewClient(String name, Boolean read) {

	}

}
