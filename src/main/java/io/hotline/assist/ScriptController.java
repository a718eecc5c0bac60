package io.hotline.assist;

import java.net.URI;
import java.util.List;

import io.hotline.org.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The scripts (话术): listed for staff, edited by administrators and quality officers. */
@RestController
class ScriptController {

	private final Scripts scripts;

	ScriptController(Scripts scripts) {
		this.scripts = scripts;
	}

	@GetMapping("/api/assist/scripts")
	List<Script> list(Actor actor) {
		return this.scripts.list(actor);
	}

	@PostMapping("/api/assist/scripts")
	ResponseEntity<Script> create(@RequestBody(required = false) ScriptInput body, Actor actor) {
		Script script = this.scripts.create(body, actor);
		return ResponseEntity.created(URI.create("/api/assist/scripts/" + script.id())).body(script);
	}

	@PutMapping("/api/assist/scripts/{id}")
	Script update(@PathVariable long id, @RequestBody(required = false) ScriptInput body, Actor actor) {
		return this.scripts.update(id, body, actor);
	}

	@DeleteMapping("/api/assist/scripts/{id}")
	ResponseEntity<Void> delete(@PathVariable long id, Actor actor) {
		this.scripts.delete(id, actor);
		return ResponseEntity.noContent().build();
	}

}
