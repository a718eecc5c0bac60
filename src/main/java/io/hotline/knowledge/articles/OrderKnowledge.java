package io.hotline.knowledge.articles;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.hotline.intake.Intake;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles used on orders: linked as the answer read out, or the order answered and
 * closed with one at first contact (直接办结). Only articles in the search (published and in
 * effect) can be linked; a link keeps the version it was made with.
 */
@Service
class OrderKnowledge {

	/**
	 * Who may link and unlink articles on orders: the staff who work on orders, not the
	 * read-only analysts.
	 */
	static final Role[] LINKERS = { Role.AGENT, Role.DISPATCHER, Role.HANDLER, Role.CALLBACK, Role.SUPERVISOR };

	private final JdbcClient jdbc;

	private final WorkOrders orders;

	private final Intake intake;

	private final KnowledgeIndex index;

	private final KnowledgeUsage usage;

	private final AuditTrail audit;

	private final Clock clock;

	OrderKnowledge(JdbcClient jdbc, WorkOrders orders, Intake intake, KnowledgeIndex index, KnowledgeUsage usage,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.orders = orders;
		this.intake = intake;
		this.index = index;
		this.usage = usage;
		this.audit = audit;
		this.clock = clock;
	}

	List<Link> links(long orderId, Actor actor) {
		this.orders.find(new WorkOrderId(orderId), actor);
		return this.jdbc.sql("""
				select l.*, a.title from knowledge_link l join knowledge_article a on a.id = l.article_id
				where l.order_id = ? order by l.linked_at, l.article_id""")
			.param(orderId)
			.query((rs, n) -> new Link(rs.getLong("article_id"), rs.getString("title"), rs.getInt("article_version"),
					rs.getString("linked_by"), rs.getTimestamp("linked_at").toInstant(), rs.getBoolean("answered")))
			.list();
	}

	/**
	 * Links the article; with {@code answer} the order is finished with the article's
	 * answer in the same transaction (both or neither).
	 */
	@Transactional
	Linked link(long orderId, Long articleId, boolean answer, Integer version, Actor actor) {
		actor.requireAny(LINKERS);
		if (articleId == null) {
			throw Problem.invalid("knowledge.field-required", "articleId");
		}
		IndexedArticle article = this.index.article(articleId)
			.orElseThrow(() -> Problem.conflict("knowledge.not-in-search", articleId));
		WorkOrderId id = new WorkOrderId(orderId);
		WorkOrder order = answer ? this.intake.finish(id, article.article().content().answer(), version, actor)
				: this.orders.find(id, actor);
		Instant now = this.clock.instant();
		int linkedVersion = article.article().version();
		this.jdbc.sql("""
				insert into knowledge_link (order_id, article_id, article_version, answered, linked_by, linked_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (order_id, article_id) do update set article_version = excluded.article_version,
				    answered = knowledge_link.answered or excluded.answered, linked_by = excluded.linked_by,
				    linked_at = excluded.linked_at""")
			.params(orderId, articleId, linkedVersion, answer, actor.username(), Timestamp.from(now))
			.update();
		this.usage.used(articleId, answer ? UsageKind.ANSWER : UsageKind.LINK, Channel.STAFF, actor.username(), null,
				orderId);
		this.audit.record(actor.username(), "KNOWLEDGE_LINK", "order " + order.number(), "OK",
				"article " + articleId + " version " + linkedVersion + (answer ? " answered and closed" : ""));
		Link link = new Link(articleId, article.article().content().title(), linkedVersion, actor.username(), now,
				answer);
		return new Linked(link, order);
	}

	@Transactional
	void unlink(long orderId, long articleId, Actor actor) {
		actor.requireAny(LINKERS);
		WorkOrder order = this.orders.find(new WorkOrderId(orderId), actor);
		int removed = this.jdbc.sql("delete from knowledge_link where order_id = ? and article_id = ?")
			.params(orderId, articleId)
			.update();
		if (removed == 0) {
			throw Problem.notFound("knowledge.unknown-link", articleId, order.number());
		}
		this.audit.record(actor.username(), "KNOWLEDGE_UNLINK", "order " + order.number(), "OK",
				"article " + articleId);
	}

	record Link(long articleId, String title, int version, String linkedBy, Instant linkedAt, boolean answered) {

	}

	record Linked(Link link, WorkOrder order) {

	}

}
