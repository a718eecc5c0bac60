package io.hotline.quality;

import java.util.List;

import io.hotline.org.Actor;
import io.hotline.platform.ListParameters;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Appeals of findings, the review queue, the agreement (κ) and the sample rate. */
@RestController
@RequestMapping("/api/quality")
class AppealController {

	private final Appeals appeals;

	private final Reviews reviews;

	AppealController(Appeals appeals, Reviews reviews) {
		this.appeals = appeals;
		this.reviews = reviews;
	}

	@PostMapping("/findings/{id}/appeal")
	Appeals.Appeal appeal(@PathVariable long id, @RequestBody(required = false) ReasonForm form, Actor actor) {
		return this.appeals.appeal(id, (form == null) ? null : form.reason(), actor);
	}

	@GetMapping("/appeals")
	Scorecards.Page<Appeals.Appeal> appeals(@RequestParam(required = false) String status,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(required = false) String offset, @RequestParam(required = false) String limit, Actor actor) {
		return this.appeals.list(status,
				ListParameters.of(sort, dir, offset, limit, Appeals.SORTS.keySet(), "createdAt", false, 50, 500),
				actor);
	}

	@PostMapping("/appeals/{id}/decide")
	Appeals.Appeal decide(@PathVariable long id, @RequestBody(required = false) DecisionForm form, Actor actor) {
		DecisionForm asked = (form == null) ? new DecisionForm(null, null) : form;
		return this.appeals.decide(id, asked.decision(), asked.note(), actor);
	}

	@GetMapping("/reviews")
	Scorecards.Page<Reviews.Queued> reviews(@RequestParam(required = false) String status,
			@RequestParam(required = false) String dir, @RequestParam(required = false) String offset,
			@RequestParam(required = false) String limit, Actor actor) {
		return this.reviews.queue(status,
				ListParameters.of(null, dir, offset, limit, java.util.Set.of("queuedAt"), "queuedAt", false, 50, 500),
				actor);
	}

	@PostMapping("/reviews/{inspectionId}")
	List<Reviews.Mark> review(@PathVariable long inspectionId, @RequestBody(required = false) ReviewForm form,
			Actor actor) {
		return this.reviews.review(inspectionId, (form == null) ? null : form.marks(), actor);
	}

	@GetMapping("/agreement")
	Reviews.Agreement agreement(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Actor actor) {
		return this.reviews.agreement(from, to, actor);
	}

	@GetMapping("/settings")
	Reviews.Settings settings(Actor actor) {
		return this.reviews.settings(actor);
	}

	@PutMapping("/settings")
	Reviews.Settings saveSettings(@RequestBody(required = false) Reviews.Settings settings, Actor actor) {
		return this.reviews.saveSettings(settings, actor);
	}

	record ReasonForm(String reason) {
	}

	record DecisionForm(String decision, String note) {
	}

	record ReviewForm(List<Reviews.MarkForm> marks) {
	}

}
