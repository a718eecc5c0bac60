package io.hotline.dispatch.web;

import io.hotline.dispatch.AccuracyReport;
import io.hotline.dispatch.DispatchAccuracy;
import io.hotline.org.Actor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/dispatch/accuracy?from=&to=&interval=day|week|month}: 派单准确率 and 二次派单率
 * per period (docs/api.md). The parameters are read as text, so that a bad one is refused
 * with the hotline's own problem that names it.
 */
@RestController
class DispatchAccuracyController {

	private final DispatchAccuracy accuracy;

	DispatchAccuracyController(DispatchAccuracy accuracy) {
		this.accuracy = accuracy;
	}

	@GetMapping("/api/dispatch/accuracy")
	AccuracyReport accuracy(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String interval, Actor actor) {
		return this.accuracy.report(from, to, interval, actor);
	}

}
