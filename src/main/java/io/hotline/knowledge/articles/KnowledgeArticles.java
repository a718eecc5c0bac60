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
import io.hotline.knowledge.articles.KnowledgeArticle.ArticleVersion;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The articles of the knowledge base: written by agents, supervisors and administrators,
 * published at once when an administrator writes them and otherwise after an
 * administrator's review, each change a new version kept whole. Every change asks the
 * index for a rebuild once it is committed.
 */
@Service
class KnowledgeArticles {

	private static final Role[] WRITERS = { Role.AGENT, Role.SUPERVISOR };

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Clock clock;

	private final KnowledgeIndex index;

	KnowledgeArticles(JdbcClient jdbc, Catalog catalog, AuditTrail audit, JsonMapper json, Clock clock,
			KnowledgeIndex index) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
		this.index = index;
	}

	@Transactional
	KnowledgeArticle create(ArticleInput input, Actor actor) {
		actor.requireAny(WRITERS);
		ArticleContent content = ArticleContent.of(input, this.catalog);
		String status = actor.has(Role.ADMIN) ? KnowledgeArticle.PUBLISHED : KnowledgeArticle.PENDING;
		Timestamp now = Timestamp.from(this.clock.instant());
		long id = this.jdbc.sql("""
				insert into knowledge_article (title, answer, questions, category_code, department, public,
				    effective_from, expires_at, tags, status, version, created_by, created_at, updated_by, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?) returning id""")
			.params(content.title(), content.answer(), content.questions().toArray(String[]::new),
					content.categoryCode(), content.department(), content.shared(), content.effectiveFrom(),
					content.expiresAt(), content.tags().toArray(String[]::new), status, actor.username(), now,
					actor.username(), now)
			.query(Long.class)
			.single();
		version(id, 1, content, actor, now, "created");
		this.audit.record(actor.username(), "KNOWLEDGE_CREATE", "article " + id, "OK", status);
		rebuildAfterCommit();
		return get(id, actor);
	}

	/**
	 * A new version; one written by anyone but an administrator waits for review again.
	 */
	@Transactional
	KnowledgeArticle update(long id, ArticleInput input, Actor actor) {
		actor.requireAny(WRITERS);
		KnowledgeArticle before = lock(id);
		ArticleContent content = ArticleContent.of(input, this.catalog);
		List<String> changed = content.changedFrom(before.content());
		String status = actor.has(Role.ADMIN) ? KnowledgeArticle.PUBLISHED : KnowledgeArticle.PENDING;
		if (changed.isEmpty() && status.equals(before.status())) {
			return get(id, actor);
		}
		int version = before.version() + 1;
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				update knowledge_article set title = ?, answer = ?, questions = ?, category_code = ?, department = ?,
				    public = ?, effective_from = ?, expires_at = ?, tags = ?, status = ?, version = ?,
				    updated_by = ?, updated_at = ?
				where id = ?""")
			.params(content.title(), content.answer(), content.questions().toArray(String[]::new),
					content.categoryCode(), content.department(), content.shared(), content.effectiveFrom(),
					content.expiresAt(), content.tags().toArray(String[]::new), status, version, actor.username(), now,
					id)
			.update();
		String change = changed.isEmpty() ? "status" : String.join(", ", changed);
		version(id, version, content, actor, now, change);
		this.audit.record(actor.username(), "KNOWLEDGE_UPDATE", "article " + id, "OK",
				"version " + version + " (" + change + ") " + status);
		rebuildAfterCommit();
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
		this.jdbc.sql("""
				update knowledge_article set status = ?, review_note = ?, reviewed_by = ?, reviewed_at = ?
				where id = ?""")
			.params(status, text, actor.username(), Timestamp.from(this.clock.instant()), id)
			.update();
		this.audit.record(actor.username(), "KNOWLEDGE_REVIEW", "article " + id, status,
				"version " + article.version() + (text == null ? "" : ": " + text));
		rebuildAfterCommit();
		return get(id, actor);
	}

	KnowledgeArticle get(long id, Actor actor) {
		KnowledgeArticle article = find(id, "");
		List<ArticleVersion> versions = this.jdbc
			.sql("select * from knowledge_article_version where article_id = ? order by version desc")
			.param(id)
			.query((rs, n) -> new ArticleVersion(rs.getInt("version"),
					this.json.readValue(rs.getString("content"), ArticleContent.class), rs.getString("changed_by"),
					rs.getTimestamp("changed_at").toInstant(), rs.getString("change")))
			.list();
		return article.withVersions(versions);
	}

	/** The articles in one state, newest change first: the review queue is PENDING. */
	List<KnowledgeArticle> list(String status, Actor actor) {
		String wanted = (status == null || status.isBlank()) ? KnowledgeArticle.PUBLISHED
				: status.strip().toUpperCase(Locale.ROOT);
		if (!List.of(KnowledgeArticle.PENDING, KnowledgeArticle.PUBLISHED, KnowledgeArticle.REJECTED)
			.contains(wanted)) {
			throw Problem.invalid("knowledge.bad-status", status);
		}
		return this.jdbc.sql("select * from knowledge_article where status = ? order by updated_at desc, id desc")
			.param(wanted)
			.query((rs, n) -> article(rs))
			.list();
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

	private void rebuildAfterCommit() {
		// the index reads the articles on its own thread: before the commit it would not
		// see this change
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				KnowledgeArticles.this.index.rebuild();
			}
		});
	}

	static KnowledgeArticle article(ResultSet rs) throws SQLException {
		ArticleContent content = new ArticleContent(rs.getString("title"), rs.getString("answer"),
				strings(rs.getArray("questions")), rs.getString("category_code"), rs.getString("department"),
				rs.getBoolean("public"), rs.getObject("effective_from", LocalDate.class),
				rs.getObject("expires_at", LocalDate.class), strings(rs.getArray("tags")));
		return new KnowledgeArticle(rs.getLong("id"), content, rs.getString("status"), rs.getInt("version"),
				rs.getString("review_note"), rs.getString("reviewed_by"), instant(rs.getTimestamp("reviewed_at")),
				rs.getString("created_by"), instant(rs.getTimestamp("created_at")), rs.getString("updated_by"),
				instant(rs.getTimestamp("updated_at")), null);
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : List.of((String[]) array.getArray());
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

}
