package io.hotline.supervision.monitor;

import java.util.List;

import io.hotline.org.Actor;
import io.hotline.org.Organisation;
import io.hotline.org.Role;
import io.hotline.org.UnitId;
import io.hotline.platform.Problem;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 智能督查's monitors over HTTP: their settings, and a run now (of one unit's orders, or
 * all).
 */
@RestController
class SupervisionMonitorController {

	private final Monitors monitors;

	private final CaseRun run;

	private final Organisation organisation;

	SupervisionMonitorController(Monitors monitors, CaseRun run, Organisation organisation) {
		this.monitors = monitors;
		this.run = run;
		this.organisation = organisation;
	}

	@GetMapping("/api/supervision/monitors")
	MonitorList monitors(Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.HANDLER, Role.DISPATCHER, Role.ANALYST);
		return new MonitorList(this.monitors.all());
	}

	@PutMapping("/api/supervision/monitors/{kind}")
	Monitor change(@PathVariable String kind, @RequestBody(required = false) MonitorChange body, Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		if (body == null) {
			throw Problem.invalid("request.body-required");
		}
		return this.monitors.change(MonitorKind.parse(kind), body, actor);
	}

	@PostMapping("/api/supervision/run")
	RunResult run(@RequestParam(required = false) Long unitId, Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		Scope scope = Scope.all();
		if (unitId != null) {
			UnitId unit = new UnitId(unitId);
			this.organisation.unit(unit).orElseThrow(() -> Problem.notFound("supervision.unknown-unit", unitId));
			scope = Scope.units(this.organisation.subtree(unit));
		}
		return this.run.run(scope, actor.username());
	}

	record MonitorList(List<Monitor> monitors) {

	}

}
