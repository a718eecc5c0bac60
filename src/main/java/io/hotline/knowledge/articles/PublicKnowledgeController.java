package io.hotline.knowledge.articles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.hotline.platform.Problem;
import io.hotline.portal.PortalLimits;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 7×24 self-service for citizens and other channels (WeChat, app): the public articles in
 * effect, searched and read without a session. Internal articles, drafts and expired ones
 * do not exist here. Each client is held to the portal's search limit.
 */
@RestController
class PublicKnowledgeController {

	private final KnowledgeIndex index;

	private final KnowledgeUsage usage;

	private final PortalLimits limits;

	PublicKnowledgeController(KnowledgeIndex index, KnowledgeUsage usage, PortalLimits limits) {
		this.index = index;
		this.usage = usage;
		this.limits = limits;
	}

	@GetMapping("/api/public/knowledge/search")
	Hits search(@RequestParam(required = false) String q, @RequestParam(required = false) String size,
			HttpServletRequest request) {
		this.limits.admitSearch(request.getRemoteAddr());
		String text = SearchParameters.text(q, "q", true);
		List<Found> found = this.index.search(text, SearchParameters.size(size, 10),
				io.hotline.knowledge.SearchMode.COMBINED, SearchFilter.PUBLIC);
		this.usage.asked(Channel.PORTAL, null, text, found);
		return new Hits(found.stream()
			.map((f) -> new PublicHit(f.hit().id(), f.hit().title(), f.hit().highlight(),
					HitView.excerpt(f.indexed().article().content().answer()), f.indexed().categoryName()))
			.toList());
	}

	@GetMapping("/api/public/knowledge/articles/{id}")
	PublicArticle article(@PathVariable long id, HttpServletRequest request) {
		this.limits.admitSearch(request.getRemoteAddr());
		IndexedArticle indexed = shown(id);
		this.usage.used(id, UsageKind.VIEW, Channel.PORTAL, null, null, null);
		ArticleContent content = indexed.article().content();
		return new PublicArticle(id, content.title(), content.questions(), content.answer(), indexed.categoryName(),
				content.department(), content.source(), content.effectiveFrom(), content.expiresAt(),
				indexed.article().updatedAt());
	}

	@PostMapping("/api/public/knowledge/articles/{id}/feedback")
	ResponseEntity<Void> feedback(@PathVariable long id,
			@RequestBody(required = false) KnowledgeController.Feedback body, HttpServletRequest request) {
		this.limits.admitSearch(request.getRemoteAddr());
		shown(id);
		KnowledgeController.Feedback citizen = (body == null) ? null
				: new KnowledgeController.Feedback(body.helpful(), body.query(), null);
		KnowledgeController.record(this.usage, id, citizen, Channel.PORTAL, null);
		return ResponseEntity.noContent().build();
	}

	/** A public article in the search, or 404 as if no other existed. */
	private IndexedArticle shown(long id) {
		return this.index.article(id)
			.filter((a) -> a.article().content().shared())
			.orElseThrow(() -> Problem.notFound("knowledge.unknown-article", id));
	}

	record Hits(List<PublicHit> hits) {

	}

	record PublicHit(long id, String title, String highlight, String answerExcerpt, String categoryName) {

	}

	record PublicArticle(long id, String title, List<String> questions, String answer, String categoryName,
			String department, String source, LocalDate effectiveFrom, LocalDate expiresAt, Instant updatedAt) {

	}

}
