package io.hotline.knowledge.articles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import io.hotline.org.Actor;
import io.hotline.platform.Problem;
import io.hotline.workorder.ExpectedVersion;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The articles: written, edited, reviewed, read, rated, imported. */
@RestController
class KnowledgeController {

	private final KnowledgeArticles articles;

	private final KnowledgeUsage usage;

	private final KnowledgeImport imports;

	KnowledgeController(KnowledgeArticles articles, KnowledgeUsage usage, KnowledgeImport imports) {
		this.articles = articles;
		this.usage = usage;
		this.imports = imports;
	}

	@PostMapping("/api/knowledge/articles")
	ResponseEntity<KnowledgeArticle> create(@RequestBody(required = false) ArticleInput body, Actor actor) {
		KnowledgeArticle article = this.articles.create(body, actor);
		return ResponseEntity.created(URI.create("/api/knowledge/articles/" + article.id()))
			.eTag(Integer.toString(article.version()))
			.body(article);
	}

	@PutMapping("/api/knowledge/articles/{id}")
	ResponseEntity<KnowledgeArticle> update(@PathVariable long id, @RequestBody(required = false) ArticleInput body,
			@RequestHeader(value = "If-Match", required = false) String ifMatch, Actor actor) {
		Integer expected = expected((body == null) ? null : body.version(), ifMatch);
		KnowledgeArticle article = this.articles.update(id, body, expected, actor);
		return ResponseEntity.ok().eTag(Integer.toString(article.version())).body(article);
	}

	@GetMapping("/api/knowledge/articles/{id}")
	ResponseEntity<KnowledgeArticle> get(@PathVariable long id, Actor actor) {
		KnowledgeArticle article = this.articles.get(id, actor);
		if (article.publishedVersion() != null) {
			this.usage.used(id, UsageKind.VIEW, Channel.STAFF, actor.username(), null, null);
		}
		return ResponseEntity.ok().eTag(Integer.toString(article.version())).body(article);
	}

	@GetMapping("/api/knowledge/articles")
	List<KnowledgeArticle> list(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
			Actor actor) {
		return this.articles.list(status, q, actor);
	}

	/**
	 * A page of the articles: {@code status}, {@code q} (in the title),
	 * {@code department}; {@code sort} (title, department, updatedAt, updatedBy,
	 * version), {@code dir}, {@code offset}, {@code limit} (default 20); with the number
	 * of all.
	 */
	@GetMapping("/api/knowledge/articles/page")
	KnowledgeArticles.ArticlePage page(@RequestParam(required = false) String status,
			@RequestParam(required = false) String q, @RequestParam(required = false) String department,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(required = false) String offset, @RequestParam(required = false) String limit, Actor actor) {
		return this.articles.page(status, q, department, io.hotline.platform.ListParameters.of(sort, dir, offset, limit,
				KnowledgeArticles.SORTS.keySet(), "updatedAt", true, 20, 500), actor);
	}

	@PostMapping("/api/knowledge/articles/{id}/review")
	KnowledgeArticle review(@PathVariable long id, @RequestBody(required = false) ReviewBody body, Actor actor) {
		return (body == null) ? this.articles.review(id, null, null, actor)
				: this.articles.review(id, body.approved(), body.note(), actor);
	}

	/** 有帮助 / 没有帮助, with the question it was an answer to. */
	@PostMapping("/api/knowledge/articles/{id}/feedback")
	ResponseEntity<Void> feedback(@PathVariable long id, @RequestBody(required = false) Feedback body, Actor actor) {
		this.articles.get(id, actor);
		record(this.usage, id, body, Channel.STAFF, actor.username());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/knowledge/import")
	ImportResult importFile(@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String dryRun, Actor actor) {
		if (file == null || file.isEmpty()) {
			throw Problem.invalid("knowledge.import-file-required");
		}
		try {
			return this.imports.run(file.getOriginalFilename(), file.getInputStream(),
					SearchParameters.flag(dryRun, "dryRun"), actor);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void record(KnowledgeUsage usage, long id, Feedback body, Channel channel, String actor) {
		if (body == null || body.helpful() == null) {
			throw Problem.invalid("knowledge.field-required", "helpful");
		}
		String query = SearchParameters.text(body.query(), "query", false);
		usage.used(id, body.helpful() ? UsageKind.HELPFUL : UsageKind.NOT_HELPFUL, channel, actor,
				query.isEmpty() ? null : query, body.orderId());
	}

	private static Integer expected(Integer version, String ifMatch) {
		try {
			return ExpectedVersion.of(version, ifMatch);
		}
		catch (RuntimeException ex) {
			throw Problem.invalid("knowledge.bad-if-match", ifMatch);
		}
	}

	record ReviewBody(Boolean approved, String note) {

	}

	record Feedback(Boolean helpful, String query, Long orderId) {

	}

	record ImportResult(boolean dryRun, int imported, List<Long> ids) {

	}

}
