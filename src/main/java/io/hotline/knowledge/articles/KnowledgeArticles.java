package io.hotline.knowledge.articles;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.hotline.catalog.Catalog;
import io.hotline.catalog.WorkingCalendar;
import io.hotline.knowledge.articles.KnowledgeArticle.ArticleVersion;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The articles of the knowledge base: written by agents, supervisors and administrators,
 * published at once when an administrator writes them and otherwise after an
 * administrator's review, each change a new version kept whole. The version published
 * last stays in the search while a newer one waits for review. Drafts (pending and
 * rejected versions) are read by supervisors, administrators and their own authors only.
 * Every change is brought into the search once it is committed, before the request
 * answers.
 */
@Service
class KnowledgeArticles {

	static final Role[] WRITERS = { Role.AGENT, Role.SUPERVISOR };

	/** At most this many articles in one list: a list is browsed, the search finds. */
	static final int LIST_LIMIT = 1_000;

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Clock clock;

	private final KnowledgeIndex index;

	private final PublishedArticles published;

	private final int remindDays;

	KnowledgeArticles(JdbcClient jdbc, Catalog catalog, AuditTrail audit, JsonMapper json, Clock clock,
			KnowledgeIndex index, PublishedArticles published,
			@Value("${hotline.knowledge.remind-days:14}") int remindDays) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
		this.index = index;
		this.published = published;
		this.remindDays = remindDays;
	}

	@Transactional
	KnowledgeArticle create(ArticleInput input, Actor actor) {
		actor.requireAny(WRITERS);
		long id = insert(ArticleContent.of(input, this.catalog), actor, "created");
		indexAfterCommit(List.of(id));
		return get(id, actor);
	}

	/**
	 * Articles checked beforehand, all stored or none (an import); audited each.
	 */
	@Transactional
	List<Long> createAll(List<ArticleContent> contents, Actor actor, String change) {
		actor.requireAny(WRITERS);
		List<Long> ids = new java.util.ArrayList<>(contents.size());
		for (ArticleContent content : contents) {
			ids.add(insert(content, actor, change));
		}
		indexAfterCommit(ids);
		return ids;
	}

	private long insert(ArticleContent content, Actor actor, String change) {
		boolean publish = actor.has(Role.ADMIN);
		String status = publish ? KnowledgeArticle.PUBLISHED : KnowledgeArticle.PENDING;
		Timestamp now = Timestamp.from(this.clock.instant());
		long id = this.jdbc.sql("""
				insert into knowledge_article (title, answer, questions, category_code, department, source, public,
				    effective_from, expires_at, tags, status, version, published_version, created_by, created_at,
				    updated_by, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?) returning id""")
			.params(content.title(), content.answer(), content.questions().toArray(String[]::new),
					content.categoryCode(), content.department(), content.source(), content.shared(),
					content.effectiveFrom(), content.expiresAt(), content.tags().toArray(String[]::new), status,
					publish ? 1 : null, actor.username(), now, actor.username(), now)
			.query(Long.class)
			.single();
		version(id, 1, content, actor, now, change);
		this.audit.record(actor.username(), "KNOWLEDGE_CREATE", "article " + id, "OK", status + " " + change);
		return id;
	}

	/**
	 * A new version; one written by anyone but an administrator waits for review again,
	 * while the version published before stays in the search. {@code expected} is the
	 * version the writer edited, required: an edit of an older one, or of one the writer
	 * does not name, would overwrite someone else's.
	 */
	@Transactional
	KnowledgeArticle update(long id, ArticleInput input, Integer expected, Actor actor) {
		actor.requireAny(WRITERS);
		KnowledgeArticle before = lock(id);
		if (KnowledgeArticle.PENDING.equals(before.status()) && !mayReadDrafts(before, actor)) {
			// they read the published version: editing it would drop the edit under
			// review
			throw Problem.conflict("knowledge.edit-pending", id, before.updatedBy());
		}
		if (expected == null) {
			throw Problem.preconditionRequired("knowledge.version-required");
		}
		if (expected != before.version()) {
			throw Problem.conflict("knowledge.stale", id, before.version(), expected, before.updatedBy());
		}
		ArticleContent content = ArticleContent.of(input, this.catalog);
		List<String> changed = content.changedFrom(before.content());
		String status = actor.has(Role.ADMIN) ? KnowledgeArticle.PUBLISHED : KnowledgeArticle.PENDING;
		if (changed.isEmpty() && status.equals(before.status())) {
			return get(id, actor);
		}
		int version = before.version() + 1;
		Timestamp now = Timestamp.from(this.clock.instant());
		Integer published = KnowledgeArticle.PUBLISHED.equals(status) ? Integer.valueOf(version)
				: before.publishedVersion();
		this.jdbc.sql("""
				update knowledge_article set title = ?, answer = ?, questions = ?, category_code = ?, department = ?,
				    source = ?, public = ?, effective_from = ?, expires_at = ?, tags = ?, status = ?, version = ?,
				    published_version = ?, review_note = null, reviewed_by = null, reviewed_at = null,
				    updated_by = ?, updated_at = ?
				where id = ?""")
			.params(content.title(), content.answer(), content.questions().toArray(String[]::new),
					content.categoryCode(), content.department(), content.source(), content.shared(),
					content.effectiveFrom(), content.expiresAt(), content.tags().toArray(String[]::new), status,
					version, published, actor.username(), now, id)
			.update();
		String change = changed.isEmpty() ? "status" : String.join(", ", changed);
		version(id, version, content, actor, now, change);
		this.audit.record(actor.username(), "KNOWLEDGE_UPDATE", "article " + id, "OK",
				"version " + version + " (" + change + ") " + status);
		indexAfterCommit(List.of(id));
		return get(id, actor);
	}

	@Transactional
	KnowledgeArticle review(long id, Boolean approved, String note, Actor actor) {
		actor.requireAny(Role.ADMIN);
		if (approved == null) {
			throw Problem.invalid("knowledge.approved-required");
		}
		String text = (note == null || note.isBlank()) ? null : note.strip();
		if (text != null && text.length() > 500) {
			throw Problem.invalid("knowledge.field-too-long", "note", 500);
		}
		KnowledgeArticle article = lock(id);
		if (!KnowledgeArticle.PENDING.equals(article.status())) {
			throw Problem.conflict("knowledge.not-pending", id, article.status());
		}
		String status = approved ? KnowledgeArticle.PUBLISHED : KnowledgeArticle.REJECTED;
		// a rejected version leaves the one published before in the search
		Integer published = approved ? Integer.valueOf(article.version()) : article.publishedVersion();
		this.jdbc.sql("""
				update knowledge_article set status = ?, published_version = ?, review_note = ?, reviewed_by = ?,
				    reviewed_at = ?
				where id = ?""")
			.params(status, published, text, actor.username(), Timestamp.from(this.clock.instant()), id)
			.update();
		this.audit.record(actor.username(), "KNOWLEDGE_REVIEW", "article " + id, status,
				"version " + article.version() + (text == null ? "" : ": " + text));
		indexAfterCommit(List.of(id));
		return get(id, actor);
	}

	/**
	 * The article with its versions for those who may read drafts; for others its
	 * published version alone (404 when it has none).
	 */
	KnowledgeArticle get(long id, Actor actor) {
		KnowledgeArticle article = find(id, "");
		if (!mayReadDrafts(article, actor)) {
			return this.published.find(id).orElseThrow(() -> Problem.notFound("knowledge.unknown-article", id));
		}
		List<ArticleVersion> versions = this.jdbc
			.sql("select * from knowledge_article_version where article_id = ? order by version desc")
			.param(id)
			.query((rs, n) -> new ArticleVersion(rs.getInt("version"),
					this.json.readValue(rs.getString("content"), ArticleContent.class), rs.getString("changed_by"),
					rs.getTimestamp("changed_at").toInstant(), rs.getString("change")))
			.list();
		return article.withVersions(versions);
	}

	/**
	 * The articles in one state, newest change first: {@code PUBLISHED} (as published),
	 * {@code PENDING} (the review queue), {@code REJECTED}, or {@code EXPIRING}
	 * (published, in effect and expiring within the reminder window); {@code q} a part of
	 * the title. Drafts only for those who may read them.
	 */
	List<KnowledgeArticle> list(String status, String q, Actor actor) {
		return matching(status, q, actor).stream().limit(LIST_LIMIT).toList();
	}

	/**
	 * Every article of the status whose title holds {@code q}, the latest changed first.
	 */
	private List<KnowledgeArticle> matching(String status, String q, Actor actor) {
		String wanted = (status == null || status.isBlank()) ? KnowledgeArticle.PUBLISHED
				: status.strip().toUpperCase(Locale.ROOT);
		String part = (q == null) ? "" : q.strip().toLowerCase(Locale.ROOT);
		java.util.stream.Stream<KnowledgeArticle> articles = switch (wanted) {
			case KnowledgeArticle.PUBLISHED -> this.published.all().stream();
			case EXPIRING -> expiring(LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE))).stream();
			case KnowledgeArticle.PENDING,
					KnowledgeArticle.REJECTED ->
				this.jdbc.sql("select * from knowledge_article where status = ?")
					.param(wanted)
					.query((rs, n) -> article(rs))
					.list()
					.stream()
					.filter((a) -> mayReadDrafts(a, actor));
			default -> throw Problem.invalid("knowledge.bad-status", status);
		};
		return articles.filter((a) -> a.content().title().toLowerCase(Locale.ROOT).contains(part))
			.sorted(java.util.Comparator.comparing(KnowledgeArticle::updatedAt)
				.thenComparing(KnowledgeArticle::id)
				.reversed())
			.toList();
	}

	/** The columns a page of articles sorts by. */
	static final java.util.Map<String, java.util.Comparator<KnowledgeArticle>> SORTS = java.util.Map.of("title",
			java.util.Comparator.comparing((KnowledgeArticle a) -> a.content().title()), "department",
			java.util.Comparator.comparing((KnowledgeArticle a) -> a.content().department(),
					java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())),
			"updatedAt", java.util.Comparator.comparing(KnowledgeArticle::updatedAt), "updatedBy",
			java.util.Comparator.comparing(KnowledgeArticle::updatedBy,
					java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())),
			"version", java.util.Comparator.comparingInt(KnowledgeArticle::version));

	/**
	 * A page of the articles of a status whose title holds {@code q}, of a department
	 * (any part of its name), sorted by a column, with how many match in all.
	 */
	ArticlePage page(String status, String q, String department, io.hotline.platform.ListParameters page, Actor actor) {
		String dept = (department == null) ? "" : department.strip();
		java.util.Comparator<KnowledgeArticle> order = SORTS.get(page.sort()).thenComparing(KnowledgeArticle::id);
		List<KnowledgeArticle> found = matching(status, q, actor).stream()
			.filter((a) -> dept.isEmpty()
					|| (a.content().department() != null && a.content().department().contains(dept)))
			.sorted(page.descending() ? order.reversed() : order)
			.toList();
		return new ArticlePage(found.stream().skip(page.offset()).limit(page.limit()).toList(), found.size(),
				page.offset(), page.limit());
	}

	/** A page of articles, and how many match in all. */
	record ArticlePage(List<KnowledgeArticle> articles, long total, int offset, int limit) {

	}

	static final String EXPIRING = "EXPIRING";

	/** Published articles in effect that expire within the reminder window from today. */
	List<KnowledgeArticle> expiring(LocalDate today) {
		LocalDate last = today.plusDays(this.remindDays);
		return this.published.all()
			.stream()
			.filter((a) -> a.content().inEffect(today) && a.content().expiresAt() != null
					&& !a.content().expiresAt().isAfter(last))
			.toList();
	}

	static boolean mayReadDrafts(KnowledgeArticle article, Actor actor) {
		return actor.has(Role.ADMIN) || actor.has(Role.SUPERVISOR) || article.ownedBy(actor.username());
	}

	private KnowledgeArticle lock(long id) {
		return find(id, " for update");
	}

	private KnowledgeArticle find(long id, String lock) {
		return this.jdbc.sql("select * from knowledge_article where id = ?" + lock)
			.param(id)
			.query((rs, n) -> article(rs))
			.optional()
			.orElseThrow(() -> Problem.notFound("knowledge.unknown-article", id));
	}

	private void version(long id, int version, ArticleContent content, Actor actor, Timestamp at, String change) {
		this.jdbc.sql("""
				insert into knowledge_article_version (article_id, version, content, changed_by, changed_at, change)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, version, this.json.writeValueAsString(content), actor.username(), at, change)
			.update();
	}

	/**
	 * Brings the articles into the search once the change is committed, before the
	 * request answers: the writer finds what they wrote. Before the commit the index,
	 * which reads the articles on its own connection, would not see this change.
	 */
	private void indexAfterCommit(List<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		List<Long> changed = List.copyOf(ids);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				KnowledgeArticles.this.index.changed(changed);
			}
		});
	}

	static KnowledgeArticle article(ResultSet rs) throws SQLException {
		ArticleContent content = new ArticleContent(rs.getString("title"), rs.getString("answer"),
				strings(rs.getArray("questions")), rs.getString("category_code"), rs.getString("department"),
				rs.getString("source"), rs.getBoolean("public"), rs.getObject("effective_from", LocalDate.class),
				rs.getObject("expires_at", LocalDate.class), strings(rs.getArray("tags")));
		return new KnowledgeArticle(rs.getLong("id"), content, rs.getString("status"), rs.getInt("version"),
				rs.getObject("published_version", Integer.class), rs.getString("review_note"),
				rs.getString("reviewed_by"), instant(rs.getTimestamp("reviewed_at")), rs.getString("created_by"),
				instant(rs.getTimestamp("created_at")), rs.getString("updated_by"),
				instant(rs.getTimestamp("updated_at")), null);
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : List.of((String[]) array.getArray());
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

}
