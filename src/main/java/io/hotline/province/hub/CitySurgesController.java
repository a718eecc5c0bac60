package io.hotline.province.hub;

import io.hotline.org.Actor;
import io.hotline.province.ProvincialNode;

import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** 多援一: every city's surge and who helps whom (docs/province-surges.md). */
@RestController
@Conditional(ProvincialNode.class)
class CitySurgesController {

	private final CitySurges surges;

	CitySurgesController(CitySurges surges) {
		this.surges = surges;
	}

	@GetMapping("/api/province/surges")
	CitySurges.Surges surges(Actor actor) {
		actor.requireAny(ProvinceController.READERS);
		return this.surges.surges();
	}

}
