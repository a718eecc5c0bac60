package io.hotline.analytics.monitor;

import java.util.List;

import io.hotline.org.Actor;
import io.hotline.org.Role;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monitor's alerts: listed, acknowledged, and a run on demand. */
@RestController
class MonitorController {

	private final Monitor monitor;

	MonitorController(Monitor monitor) {
		this.monitor = monitor;
	}

	@GetMapping("/api/analytics/alerts")
	Alerts alerts(@RequestParam(name = "all", required = false) String all, Actor actor) {
		return new Alerts(this.monitor.alerts(!"true".equalsIgnoreCase(all), actor));
	}

	@PostMapping("/api/analytics/alerts/{id}/acknowledge")
	ResponseEntity<Void> acknowledge(@PathVariable long id, Actor actor) {
		this.monitor.acknowledge(id, actor);
		return ResponseEntity.noContent().build();
	}

	/** Runs the detectors now (SUPERVISOR, ADMIN): {@code {fresh}} alerts new. */
	@PostMapping("/api/analytics/monitor")
	Run run(Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		this.monitor.awaitFacts();
		return new Run(this.monitor.run());
	}

	record Alerts(List<Monitor.Alert> alerts) {

	}

	record Run(int fresh) {

	}

}
