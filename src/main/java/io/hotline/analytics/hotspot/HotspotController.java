package io.hotline.analytics.hotspot;

import io.hotline.org.Actor;
import io.hotline.org.Role;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hot topics of the city's orders: for those who look at the whole city (supervisors,
 * analysts, dispatchers, agents, administrators), not a unit's handlers.
 */
@RestController
class HotspotController {

	private final OrderHotspots hotspots;

	HotspotController(OrderHotspots hotspots) {
		this.hotspots = hotspots;
	}

	@GetMapping("/api/analytics/hotspots")
	OrderHotspots.Snapshot hotspots(Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.ANALYST, Role.DISPATCHER, Role.AGENT);
		return this.hotspots.current();
	}

	/** Finds the topics again now (SUPERVISOR, ADMIN). */
	@PostMapping("/api/analytics/hotspots/refresh")
	OrderHotspots.Snapshot refresh(Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		return this.hotspots.refresh();
	}

}
