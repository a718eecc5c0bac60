package io.hotline.intake.duplicate;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;
import io.hotline.workorder.EventType;
import io.hotline.workorder.OrderSearch;
import io.hotline.workorder.Status;
import io.hotline.workorder.TimelineEvent;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 关联与合并: the links between orders about the same matter — related, duplicate (found at
 * registration or set by hand) and merged. A merged order follows its main order: when
 * the main order is replied it gets the same answer (and its caller the callback), when
 * the main order closes it closes too, so every caller hears the answer. Linking and
 * merging are for dispatchers and supervisors, on orders they see; each is audited.
 */
@Service
class RelatedOrders {

	static final Set<String> MANUAL_KINDS = Set.of("RELATED", "DUPLICATE");

	static final String MERGED = "MERGED";

	private final JdbcClient jdbc;

	private final WorkOrders orders;

	private final AuditTrail audit;

	private final DuplicateCheck check;

	private final OrderSearch search;

	RelatedOrders(JdbcClient jdbc, WorkOrders orders, AuditTrail audit, DuplicateCheck check, OrderSearch search) {
		this.jdbc = jdbc;
		this.orders = orders;
		this.audit = audit;
		this.check = check;
		this.search = search;
	}

	/**
	 * The order's links, and the recent orders like it that are not linked yet: of both,
	 * only the orders the actor may see (a unit's handler never learns of another unit's
	 * order through its own).
	 */
	@Transactional(readOnly = true)
	Related related(WorkOrderId id, Actor actor) {
		WorkOrder order = this.orders.find(id, actor);
		List<Link> links = links(id.value());
		Set<Long> linked = new HashSet<>();
		links.forEach((l) -> linked.add(l.orderId()));
		List<Candidate> candidates = this.check.candidates(Probe.of(RecentOrders.indexed(order)))
			.stream()
			.filter((c) -> !linked.contains(c.orderId()))
			.toList();
		Set<Long> others = new HashSet<>(linked);
		candidates.forEach((c) -> others.add(c.orderId()));
		Set<Long> visible = this.search.visible(others, actor);
		return new Related(links.stream().filter((l) -> visible.contains(l.orderId())).toList(),
				candidates.stream().filter((c) -> visible.contains(c.orderId())).toList());
	}

	/** Links two orders (RELATED or DUPLICATE), once. */
	@Transactional
	Link link(WorkOrderId id, Long relatedId, String kind, Actor actor) {
		actor.requireAny(Role.DISPATCHER, Role.SUPERVISOR);
		String linkKind = (kind == null) ? "" : kind.strip().toUpperCase(Locale.ROOT);
		if (!MANUAL_KINDS.contains(linkKind)) {
			throw Problem.invalid("duplicate.bad-link-kind", kind);
		}
		WorkOrder[] pair = pair(id, relatedId, "relatedOrderId", "duplicate.self-link", actor);
		if (!store(id.value(), relatedId, linkKind, null, List.of(), List.of(), actor.username())) {
			throw Problem.conflict("duplicate.linked", pair[0].number(), pair[1].number());
		}
		this.audit.record(actor.username(), "ORDER_LINK", "order " + id.value(), "OK",
				linkKind + " " + pair[1].number());
		return links(id.value()).stream().filter((l) -> l.orderId() == relatedId).findFirst().orElseThrow();
	}

	/** Removes the link between two orders; a merge stays. */
	@Transactional
	void unlink(WorkOrderId id, long relatedId, Actor actor) {
		actor.requireAny(Role.DISPATCHER, Role.SUPERVISOR);
		WorkOrder[] pair = pair(id, relatedId, "relatedOrderId", "duplicate.self-link", actor);
		String kind = existing(id.value(), relatedId);
		if (kind == null) {
			throw Problem.notFound("duplicate.no-link", pair[0].number(), pair[1].number());
		}
		if (MERGED.equals(kind)) {
			throw Problem.conflict("duplicate.merged-link", pair[0].number(), pair[1].number());
		}
		delete(id.value(), relatedId);
		this.audit.record(actor.username(), "ORDER_UNLINK", "order " + id.value(), "OK", pair[1].number());
	}

	/**
	 * 合并: the order follows the main one from now on. Refused into itself, into or from a
	 * closed order, when the order follows another already, or when the main order
	 * follows this one (a circle).
	 */
	@Transactional
	WorkOrder merge(WorkOrderId id, Long intoId, Actor actor) {
		actor.requireAny(Role.DISPATCHER, Role.SUPERVISOR);
		WorkOrder[] pair = pair(id, intoId, "intoOrderId", "duplicate.merge-self", actor);
		WorkOrder follower = pair[0];
		WorkOrder main = pair[1];
		if (!main.status().open()) {
			throw Problem.conflict("duplicate.merge-into-closed", main.number());
		}
		if (!follower.status().open()) {
			throw Problem.conflict("duplicate.merge-closed", follower.number());
		}
		Long already = mainOf(id.value());
		if (already != null) {
			throw Problem.conflict("duplicate.already-merged", follower.number(), number(already));
		}
		for (Long up = intoId; up != null; up = mainOf(up)) {
			if (up == id.value()) {
				throw Problem.conflict("duplicate.merge-circular", follower.number(), main.number());
			}
		}
		delete(id.value(), intoId);
		store(id.value(), intoId, MERGED, null, List.of(), List.of(), actor.username());
		WorkOrder merged = this.orders.change(id, null, actor,
				(o) -> o.mergeInto(actor.username(), main.number(), this.orders.now()));
		this.audit.record(actor.username(), "ORDER_MERGE", "order " + id.value(), "OK", "into " + main.number());
		if (main.status() == Status.REPLIED) {
			merged = follow(main, merged);
		}
		return merged;
	}

	/**
	 * The main order changed: its open followers get its answer when it was replied and
	 * close when it closed.
	 */
	void mainChanged(WorkOrderId mainId) {
		WorkOrder main = this.orders.find(mainId, Actor.system());
		if (main.status() != Status.REPLIED && main.status() != Status.CLOSED) {
			return;
		}
		for (Long followerId : this.jdbc.sql("select order_id from order_link where related_order_id = ? and kind = ?")
			.params(mainId.value(), MERGED)
			.query(Long.class)
			.list()) {
			WorkOrder follower = this.orders.find(new WorkOrderId(followerId), Actor.system());
			if (follower.status().open()) {
				follow(main, follower);
			}
		}
	}

	private WorkOrder follow(WorkOrder main, WorkOrder follower) {
		String answer = answer(main);
		Actor system = Actor.system();
		Instant now = this.orders.now();
		WorkOrder followed;
		if (main.status() == Status.CLOSED) {
			followed = this.orders.change(follower.id(), null, system,
					(o) -> o.closeAsMerged(system.username(), main.number(), answer, now));
		}
		else if (follower.status() != Status.REPLIED) {
			followed = this.orders.change(follower.id(), null, system, (o) -> o.replyAsMerged(system.username(),
					main.number(), (answer == null) ? "（无答复内容）" : answer, main.snapshot().resolved(), now));
		}
		else {
			return follower;
		}
		this.audit.record(system.username(), "ORDER_MERGE_FOLLOW", "order " + follower.id().value(), "OK",
				main.number() + " " + main.status());
		return followed;
	}

	/**
	 * The main order's latest answer: its reply, its direct answer or the one it
	 * followed.
	 */
	private static String answer(WorkOrder main) {
		List<TimelineEvent> timeline = main.timeline();
		for (int i = timeline.size() - 1; i >= 0; i--) {
			TimelineEvent event = timeline.get(i);
			if (event.type() == EventType.REPLIED || event.type() == EventType.FINISHED
					|| event.type() == EventType.MERGED_REPLIED) {
				return event.note();
			}
		}
		return null;
	}

	/**
	 * Stores a link unless the two are linked already, either way round; true if it did.
	 * The pair's unique index decides, so two instances linking the same pair at once
	 * store it once: the second one's insert waits for the first and does nothing.
	 */
	boolean store(long orderId, long relatedId, String kind, Double score, List<String> reasons, List<String> words,
			String by) {
		return this.jdbc
			.sql("""
					insert into order_link (order_id, related_order_id, kind, score, reasons, shared_words, created_by, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (least(order_id, related_order_id), greatest(order_id, related_order_id)) do nothing""")
			.params(orderId, relatedId, kind, score, reasons.toArray(String[]::new), words.toArray(String[]::new), by,
					Timestamp.from(this.orders.now()))
			.update() == 1;
	}

	/** The links of an order, either way round, the newest first. */
	List<Link> links(long orderId) {
		return this.jdbc.sql("""
				select l.*, o.id as other_id, o.number, o.title, o.status, o.created_at as other_created_at
				from order_link l join work_order o
				on o.id = case when l.order_id = ? then l.related_order_id else l.order_id end
				where l.order_id = ? or l.related_order_id = ?
				order by l.created_at desc, l.id desc""")
			.params(orderId, orderId, orderId)
			.query((rs, n) -> link(rs, orderId))
			.list();
	}

	private static Link link(ResultSet rs, long orderId) throws SQLException {
		String kind = rs.getString("kind");
		if (MERGED.equals(kind)) {
			kind = (rs.getLong("order_id") == orderId) ? "MERGED_INTO" : "MERGED_FROM";
		}
		return new Link(rs.getLong("other_id"), rs.getString("number"), rs.getString("title"), rs.getString("status"),
				rs.getTimestamp("other_created_at").toInstant(), kind, rs.getObject("score", Double.class),
				strings(rs.getArray("reasons")), strings(rs.getArray("shared_words")), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
	}

	private String existing(long a, long b) {
		return this.jdbc.sql("""
				select kind from order_link where (order_id = ? and related_order_id = ?)
				or (order_id = ? and related_order_id = ?) limit 1""")
			.params(a, b, b, a)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** Removes the link between the two, either way round. */
	private void delete(long a, long b) {
		this.jdbc.sql("""
				delete from order_link where (order_id = ? and related_order_id = ?)
				or (order_id = ? and related_order_id = ?)""").params(a, b, b, a).update();
	}

	private Long mainOf(long orderId) {
		return this.jdbc.sql("select related_order_id from order_link where order_id = ? and kind = ?")
			.params(orderId, MERGED)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private String number(long orderId) {
		return this.jdbc.sql("select number from work_order where id = ?").param(orderId).query(String.class).single();
	}

	/** The order and the other one, both seen by the actor, never the same. */
	private WorkOrder[] pair(WorkOrderId id, Long otherId, String field, String sameKey, Actor actor) {
		if (otherId == null) {
			throw Problem.invalid("request.required", field);
		}
		if (otherId == id.value()) {
			throw Problem.invalid(sameKey, id.value());
		}
		return new WorkOrder[] { this.orders.find(id, actor), this.orders.find(new WorkOrderId(otherId), actor) };
	}

	/** An order linked to another, as that other one's page shows it. */
	record Link(long orderId, String number, String title, String status, Instant createdAt, String kind, Double score,
			List<String> reasons, List<String> sharedWords, String createdBy, Instant linkedAt) {

	}

	/** The links of an order and the candidates not linked yet. */
	record Related(List<Link> links, List<Candidate> candidates) {

	}

}
