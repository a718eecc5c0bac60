package io.hotline.knowledge.articles;

import java.net.URI;
import java.util.List;

import io.hotline.org.Actor;
import io.hotline.workorder.OrderView;
import io.hotline.workorder.OrderViews;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The articles linked to an order; one click to answer and close a consultation with one.
 */
@RestController
class OrderKnowledgeController {

	private final OrderKnowledge knowledge;

	private final OrderViews views;

	OrderKnowledgeController(OrderKnowledge knowledge, OrderViews views) {
		this.knowledge = knowledge;
		this.views = views;
	}

	@GetMapping("/api/orders/{id}/knowledge")
	Links links(@PathVariable long id, Actor actor) {
		return new Links(this.knowledge.links(id, actor));
	}

	@PostMapping("/api/orders/{id}/knowledge")
	ResponseEntity<Linked> link(@PathVariable long id, @RequestBody(required = false) LinkBody body, Actor actor) {
		LinkBody request = (body == null) ? new LinkBody(null, null, null) : body;
		OrderKnowledge.Linked linked = this.knowledge.link(id, request.articleId(),
				Boolean.TRUE.equals(request.answer()), request.version(), actor);
		return ResponseEntity.created(URI.create("/api/orders/" + id + "/knowledge"))
			.body(new Linked(linked.link(), this.views.of(linked.order(), actor)));
	}

	@DeleteMapping("/api/orders/{id}/knowledge/{articleId}")
	ResponseEntity<Void> unlink(@PathVariable long id, @PathVariable long articleId, Actor actor) {
		this.knowledge.unlink(id, articleId, actor);
		return ResponseEntity.noContent().build();
	}

	record LinkBody(Long articleId, Boolean answer, Integer version) {

	}

	record Links(List<OrderKnowledge.Link> links) {

	}

	record Linked(OrderKnowledge.Link link, OrderView order) {

	}

}
