package io.hotline.intake.duplicate;

import java.util.List;
import java.util.Map;

import io.hotline.org.Actor;
import io.hotline.workorder.OrderView;
import io.hotline.workorder.OrderViews;
import io.hotline.workorder.WorkOrderId;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 智能查重 over HTTP: the check while registering, an order's related orders, links, merges,
 * collective cases.
 */
@RestController
class DuplicateController {

	private final DuplicateCheck check;

	private final RelatedOrders related;

	private final CollectiveCases collective;

	private final OrderViews views;

	DuplicateController(DuplicateCheck check, RelatedOrders related, CollectiveCases collective, OrderViews views) {
		this.check = check;
		this.related = related;
		this.collective = collective;
		this.views = views;
	}

	@PostMapping("/api/intake/duplicates")
	Map<String, List<Candidate>> check(@RequestBody(required = false) DuplicateCheck.CheckRequest request,
			Actor actor) {
		return Map.of("candidates", this.check.check(request, actor));
	}

	@GetMapping("/api/orders/{id}/related")
	RelatedOrders.Related related(@PathVariable long id, Actor actor) {
		return this.related.related(new WorkOrderId(id), actor);
	}

	@PostMapping("/api/orders/{id}/links")
	ResponseEntity<RelatedOrders.Link> link(@PathVariable long id, @RequestBody(required = false) LinkRequest body,
			Actor actor) {
		LinkRequest request = (body == null) ? new LinkRequest(null, null) : body;
		return ResponseEntity.status(201)
			.body(this.related.link(new WorkOrderId(id), request.relatedOrderId(), request.kind(), actor));
	}

	@DeleteMapping("/api/orders/{id}/links/{relatedOrderId}")
	ResponseEntity<Void> unlink(@PathVariable long id, @PathVariable long relatedOrderId, Actor actor) {
		this.related.unlink(new WorkOrderId(id), relatedOrderId, actor);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/orders/{id}/merge")
	OrderView merge(@PathVariable long id, @RequestBody(required = false) MergeRequest body, Actor actor) {
		Long into = (body == null) ? null : body.intoOrderId();
		return this.views.of(this.related.merge(new WorkOrderId(id), into, actor), actor);
	}

	@GetMapping("/api/collective-cases")
	Map<String, List<CollectiveCases.CollectiveCase>> collectiveCases(Actor actor) {
		return Map.of("cases", this.collective.list(actor));
	}

	record LinkRequest(Long relatedOrderId, String kind) {

	}

	record MergeRequest(Long intoOrderId) {

	}

}
