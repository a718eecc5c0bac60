package io.hotline.intake.duplicate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.workorder.FlagKind;
import io.hotline.workorder.OrderFlags;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 集中性事件: when enough distinct callers register orders about one event — similar in their
 * words, in one place, within a window — they form a case grouping those orders, each
 * flagged {@code COLLECTIVE}; a later order about the same event joins the case.
 */
@Service
class CollectiveCases {

	static final String RULE = "many-callers";

	private final JdbcClient jdbc;

	private final OrderFlags flags;

	private final WorkOrders orders;

	private final AuditTrail audit;

	CollectiveCases(JdbcClient jdbc, OrderFlags flags, WorkOrders orders, AuditTrail audit) {
		this.jdbc = jdbc;
		this.flags = flags;
		this.orders = orders;
		this.audit = audit;
	}

	/**
	 * The new order and the orders about the same event (of the same place, within the
	 * window from {@code windowStart}): a case when their distinct callers reach
	 * {@code callers}, or a case one of them is in already, or a case another instance
	 * made of the same event meanwhile (same place and words, within the window). Returns
	 * the case's id, or null.
	 */
	@Transactional
	Long consider(Indexed order, List<Match> sameEvent, int callers, Instant windowStart) {
		Map<Long, Indexed> members = new LinkedHashMap<>();
		sameEvent.forEach((m) -> members.put(m.order().orderId(), m.order()));
		members.put(order.orderId(), order);
		long distinct = members.values().stream().map(CollectiveCases::callerOf).distinct().count();
		// the members already in a case (an order is in one case at most), and those
		// cases
		Map<Long, Long> caseOf = casesOf(members.keySet());
		List<Long> cases = caseOf.values().stream().distinct().sorted().toList();
		if (cases.isEmpty() && distinct < callers) {
			return null;
		}
		if (cases.isEmpty()) {
			// another instance may be making this event's case now, from the same orders
			// (each checks its own registrations): one makes a place's case at a time,
			// and the next, once the first committed, finds it and joins it
			this.jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
				.param("collective-case:" + placeOf(order))
				.query((rs) -> {
				});
			caseOf = casesOf(members.keySet());
			cases = caseOf.values().stream().distinct().sorted().toList();
		}
		List<String> words = sameEvent.stream()
			.max(Comparator.comparingDouble(Match::score))
			.map(Match::sharedWords)
			.orElse(List.of());
		if (cases.isEmpty()) {
			// the callers of a sudden event, all at once through several instances: each
			// sees its own orders only, none of the others' yet
			cases = sameMatter(order, words, windowStart);
		}
		Instant now = this.orders.now();
		Indexed first = members.values().stream().min(Comparator.comparing(Indexed::createdAt)).orElseThrow();
		long caseId = cases.isEmpty() ? create(first, order, words, now) : cases.get(0);
		// the case's row locked first: members join one case one transaction at a time,
		// on every instance, so that a caller new to the case is counted once
		int counted = this.jdbc.sql("select callers from collective_case where id = ? for update")
			.param(caseId)
			.query(Integer.class)
			.single();
		List<Long> added = new java.util.ArrayList<>();
		for (Indexed member : members.values()) {
			if (caseOf.containsKey(member.orderId())) {
				continue;
			}
			String caller = callerOf(member);
			boolean newCaller = !this.jdbc.sql("""
					select exists (select 1 from collective_case_order where case_id = ? and caller_key = ?)""")
				.params(caseId, caller)
				.query(Boolean.class)
				.single();
			int inserted = this.jdbc.sql("""
					insert into collective_case_order (case_id, order_id, caller_key, added_at) values (?, ?, ?, ?)
					on conflict (order_id) do nothing""")
				.params(caseId, member.orderId(), caller, Timestamp.from(now))
				.update();
			if (inserted == 1) {
				added.add(member.orderId());
				counted += newCaller ? 1 : 0;
			}
		}
		this.jdbc.sql("""
				update collective_case set callers = ?, last_at = greatest(last_at, ?), first_at = least(first_at, ?)
				where id = ?""")
			.params(counted, Timestamp.from(order.createdAt()), Timestamp.from(first.createdAt()), caseId)
			.update();
		io.hotline.platform.Fact detail = io.hotline.platform.Fact.of("flag.collective", caseId, counted,
				first.number());
		// the orders that joined: a case of hundreds of callers is not flagged again at
		// each new one
		for (Long member : added) {
			this.flags.raise(new WorkOrderId(member), FlagKind.COLLECTIVE, RULE, words, detail, (double) counted,
					new WorkOrderId(first.orderId()), "system");
		}
		return caseId;
	}

	/** A case at the order's place, with a word of these, active within the window. */
	private List<Long> sameMatter(Indexed order, List<String> words, Instant windowStart) {
		String place = (order.communityCode() != null) ? order.communityCode() : order.streetCode();
		if (place == null || words.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select id from collective_case
				where place_code = ? and last_at >= ? and words && cast(? as text[])
				order by id limit 1""")
			.params(place, Timestamp.from(windowStart), words.toArray(String[]::new))
			.query(Long.class)
			.list();
	}

	/** The cases the orders are in, by order. */
	private Map<Long, Long> casesOf(java.util.Set<Long> orderIds) {
		Map<Long, Long> caseOf = new java.util.HashMap<>();
		this.jdbc.sql("select order_id, case_id from collective_case_order where order_id in (:ids)")
			.param("ids", List.copyOf(orderIds))
			.query((rs) -> {
				caseOf.put(rs.getLong(1), rs.getLong(2));
			});
		return caseOf;
	}

	/**
	 * Where the order is, as its case would be placed (its address where no division).
	 */
	private static String placeOf(Indexed order) {
		return (order.communityCode() != null) ? order.communityCode()
				: (order.streetCode() != null) ? order.streetCode() : String.valueOf(order.addressKey());
	}

	private long create(Indexed first, Indexed order, List<String> words, Instant now) {
		String title = (first.title() != null && !first.title().isBlank()) ? first.title()
				: (words.isEmpty() ? first.number() : String.join("、", words));
		String place = (order.communityCode() != null) ? order.communityCode() : order.streetCode();
		long id = this.jdbc.sql("""
				insert into collective_case (title, place_code, words, first_at, last_at, callers, created_at)
				values (?, ?, ?, ?, ?, 0, ?) returning id""")
			.params(title, place, words.toArray(String[]::new), Timestamp.from(first.createdAt()),
					Timestamp.from(order.createdAt()), Timestamp.from(now))
			.query(Long.class)
			.single();
		this.audit.record("system", "COLLECTIVE_CASE", "case " + id, "OK", title);
		return id;
	}

	/** The cases, the most recent first, with their orders. */
	@Transactional(readOnly = true)
	List<CollectiveCase> list(Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.DISPATCHER, Role.ANALYST);
		List<CollectiveCase> cases = this.jdbc.sql("""
				select id, title, place_code, words, first_at, last_at, callers from collective_case
				order by last_at desc, id desc limit 200""")
			.query((rs, n) -> new CollectiveCase(rs.getLong("id"), rs.getString("title"), rs.getString("place_code"),
					List.of((String[]) rs.getArray("words").getArray()), rs.getTimestamp("first_at").toInstant(),
					rs.getTimestamp("last_at").toInstant(), rs.getInt("callers"), List.of()))
			.list();
		return cases.stream()
			.map((c) -> new CollectiveCase(c.id(), c.title(), c.placeCode(), c.words(), c.firstAt(), c.lastAt(),
					c.callers(), members(c.id())))
			.toList();
	}

	private List<Member> members(long caseId) {
		return this.jdbc.sql("""
				select o.id, o.number, o.title, o.status, o.created_at from collective_case_order m
				join work_order o on o.id = m.order_id where m.case_id = ? order by o.created_at, o.id""")
			.param(caseId)
			.query((rs, n) -> new Member(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
					rs.getString("status"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/** A caller as the case counts them: by phone, or each anonymous order on its own. */
	private static String callerOf(Indexed order) {
		return (order.callerKey() != null) ? order.callerKey() : "order:" + order.orderId();
	}

	/** A collective case with its orders. */
	record CollectiveCase(long id, String title, String placeCode, List<String> words, Instant firstAt, Instant lastAt,
			int callers, List<Member> orders) {

	}

	/** An order of a case. */
	record Member(long orderId, String number, String title, String status, Instant createdAt) {

	}

}
