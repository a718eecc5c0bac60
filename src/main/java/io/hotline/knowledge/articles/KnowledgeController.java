package io.hotline.knowledge.articles;

import java.util.List;

import io.hotline.knowledge.KnowledgeHit;
import io.hotline.knowledge.SearchMode;
import io.hotline.org.Actor;
import io.hotline.platform.Problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class KnowledgeController {

	/** More than a screen of answers helps no agent on a call. */
	static final int MOST_HITS = 50;

	/** A whole typed call is longer, but its start says what it asks (see the search). */
	static final int QUERY_CHARS = 2000;

	private final KnowledgeArticles articles;

	private final KnowledgeIndex index;

	KnowledgeController(KnowledgeArticles articles, KnowledgeIndex index) {
		this.articles = articles;
		this.index = index;
	}

	@PostMapping("/api/knowledge/articles")
	ResponseEntity<KnowledgeArticle> create(@RequestBody(required = false) ArticleInput body, Actor actor) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.articles.create(body, actor));
	}

	@PutMapping("/api/knowledge/articles/{id}")
	KnowledgeArticle update(@PathVariable long id, @RequestBody(required = false) ArticleInput body, Actor actor) {
		return this.articles.update(id, body, actor);
	}

	@GetMapping("/api/knowledge/articles/{id}")
	KnowledgeArticle get(@PathVariable long id, Actor actor) {
		return this.articles.get(id, actor);
	}

	@GetMapping("/api/knowledge/articles")
	List<KnowledgeArticle> list(@RequestParam(required = false) String status, Actor actor) {
		return this.articles.list(status, actor);
	}

	@PostMapping("/api/knowledge/articles/{id}/review")
	KnowledgeArticle review(@PathVariable long id, @RequestBody(required = false) ReviewBody body, Actor actor) {
		return (body == null) ? this.articles.review(id, null, null, actor)
				: this.articles.review(id, body.approved(), body.note(), actor);
	}

	@GetMapping("/api/knowledge/search")
	Hits search(@RequestParam(required = false) String q, @RequestParam(required = false) String size,
			@RequestParam(required = false) String mode, Actor actor) {
		if (q == null || q.isBlank()) {
			throw Problem.invalid("knowledge.query-required");
		}
		if (q.length() > QUERY_CHARS) {
			throw Problem.invalid("knowledge.field-too-long", "q", QUERY_CHARS);
		}
		return new Hits(this.index.search(q.strip(), size(size), mode(mode)));
	}

	private static int size(String size) {
		if (size == null || size.isBlank()) {
			return 10;
		}
		try {
			int n = Integer.parseInt(size.strip());
			if (n >= 1 && n <= MOST_HITS) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// refused below, as a number out of range
		}
		throw Problem.invalid("knowledge.bad-size", size, MOST_HITS);
	}

	private static SearchMode mode(String mode) {
		if (mode == null || mode.isBlank()) {
			return SearchMode.COMBINED;
		}
		try {
			return SearchMode.of(mode);
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("knowledge.bad-mode", mode);
		}
	}

	record ReviewBody(Boolean approved, String note) {

	}

	record Hits(List<KnowledgeHit> hits) {

	}

}
