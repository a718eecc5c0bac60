package io.hotline.org.web;

import java.util.List;

import io.hotline.org.Division;
import io.hotline.org.Divisions;
import io.hotline.platform.HotlineProperties;
import io.hotline.platform.Problem;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Browsing the jurisdiction's divisions one level at a time, as address pickers do. */
@RestController
class DivisionController {

	private final Divisions divisions;

	private final HotlineProperties properties;

	DivisionController(Divisions divisions, HotlineProperties properties) {
		this.divisions = divisions;
		this.properties = properties;
	}

	/** The children of {@code parent}; without it, those of the jurisdiction itself. */
	@GetMapping("/api/divisions")
	List<Division> children(@RequestParam(required = false) String parent) {
		String code = (parent == null || parent.isBlank()) ? this.properties.jurisdiction() : parent.trim();
		if (this.divisions.division(code).isEmpty()) {
			throw Problem.notFound("division.not-found", code);
		}
		return this.divisions.children(code);
	}

}
