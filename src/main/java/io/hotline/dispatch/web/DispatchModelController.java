package io.hotline.dispatch.web;

import java.util.List;

import io.hotline.dispatch.CategoryThreshold;
import io.hotline.dispatch.DispatchModels;
import io.hotline.dispatch.DispatchThresholds;
import io.hotline.dispatch.ModelVersion;
import io.hotline.dispatch.ThresholdPreview;
import io.hotline.org.Actor;
import io.hotline.platform.Problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DispatchModelController {

	private final DispatchModels models;

	private final DispatchThresholds thresholds;

	DispatchModelController(DispatchModels models, DispatchThresholds thresholds) {
		this.models = models;
		this.thresholds = thresholds;
	}

	@GetMapping("/api/dispatch/models")
	List<ModelVersion> versions(Actor actor) {
		return this.models.versions(actor);
	}

	@PostMapping("/api/dispatch/models")
	ResponseEntity<ModelVersion> train(Actor actor) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(this.models.train("manual", actor));
	}

	@PostMapping("/api/dispatch/models/{version}/activate")
	ModelVersion activate(@PathVariable int version, Actor actor) {
		return this.models.activate(version, actor);
	}

	@GetMapping("/api/dispatch/thresholds")
	List<CategoryThreshold> thresholds(Actor actor) {
		return this.thresholds.list(actor);
	}

	@GetMapping("/api/dispatch/thresholds/{categoryCode}/preview")
	ThresholdPreview preview(@PathVariable String categoryCode, @RequestParam(required = false) Double threshold,
			Actor actor) {
		return this.thresholds.preview(categoryCode, threshold, actor);
	}

	@PutMapping("/api/dispatch/thresholds/{categoryCode}")
	CategoryThreshold set(@PathVariable String categoryCode, @RequestBody(required = false) ThresholdBody body,
			Actor actor) {
		if (body == null || body.threshold() == null) {
			throw Problem.invalid("dispatch.threshold-required");
		}
		return this.thresholds.set(categoryCode, body.threshold(), actor).orElseThrow();
	}

	@DeleteMapping("/api/dispatch/thresholds/{categoryCode}")
	ResponseEntity<Void> remove(@PathVariable String categoryCode, Actor actor) {
		this.thresholds.set(categoryCode, null, actor);
		return ResponseEntity.noContent().build();
	}

	record ThresholdBody(Double threshold) {

	}

}
