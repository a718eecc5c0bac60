package io.hotline.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.hotline.conversation.Conversation;
import io.hotline.cti.CallConversations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What there is to inspect, read through the inspection's own views: the answered calls
 * that ended (with their conversations and orders) and the orders registered without a
 * call.
 */
@Component
class Subjects {

	private final JdbcClient jdbc;

	private final CallConversations conversations;

	Subjects(JdbcClient jdbc, CallConversations conversations) {
		this.jdbc = jdbc;
		this.conversations = conversations;
	}

	/**
	 * Calls that ended from {@code from} to {@code to} not yet inspected, oldest first.
	 */
	List<Subject> uninspectedCalls(Instant from, Instant to, int limit) {
		return calls("""
				select * from quality_call c where ended_at >= ? and ended_at < ?
				and not exists (select 1 from quality_inspection i where i.subject = 'call:' || c.call_id)
				order by ended_at limit ?""", Timestamp.from(from), Timestamp.from(to), limit);
	}

	/**
	 * Calls that ended from {@code from} to {@code to}, inspected or not, oldest first.
	 */
	List<Subject> calls(Instant from, Instant to, int limit) {
		return calls("select * from quality_call where ended_at >= ? and ended_at < ? order by ended_at limit ?",
				Timestamp.from(from), Timestamp.from(to), limit);
	}

	/** How many calls ended from {@code from} to {@code to}. */
	int countCalls(Instant from, Instant to) {
		return this.jdbc.sql("select count(*) from quality_call where ended_at >= ? and ended_at < ?")
			.params(Timestamp.from(from), Timestamp.from(to))
			.query(Integer.class)
			.single();
	}

	/**
	 * Orders registered from {@code from} to {@code to} that no call produced and that
	 * were not yet inspected, oldest first.
	 */
	List<Subject> uninspectedOrders(Instant from, Instant to, int limit) {
		return this.jdbc.sql("""
				select * from quality_order o where created_at >= ? and created_at < ?
				and not exists (select 1 from quality_call c where c.order_id = o.id)
				and not exists (select 1 from quality_inspection i where i.subject = 'order:' || o.id)
				order by created_at limit ?""")
			.params(Timestamp.from(from), Timestamp.from(to), limit)
			.query((rs, row) -> new Subject("order:" + rs.getLong("id"), new Inspected(null, null, order(rs)),
					rs.getString("created_by"), rs.getString("caller_phone"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	private List<Subject> calls(String sql, Object... params) {
		List<CallRow> rows = this.jdbc.sql(sql).params(params).query(Subjects::callRow).list();
		Map<String, Conversation> said = this.conversations.of(rows.stream().map((r) -> r.facts().callId()).toList());
		Map<Long, Inspected.OrderFacts> orders = orders(rows.stream().map(CallRow::orderId).toList());
		List<Subject> subjects = new ArrayList<>(rows.size());
		for (CallRow row : rows) {
			Inspected inspected = new Inspected(said.get(row.facts().callId()), row.facts(),
					(row.orderId() == null) ? null : orders.get(row.orderId()));
			subjects.add(new Subject("call:" + row.facts().callId(), inspected, row.facts().agent(), row.caller(),
					row.facts().endedAt()));
		}
		return subjects;
	}

	private Map<Long, Inspected.OrderFacts> orders(List<Long> ids) {
		Map<Long, Inspected.OrderFacts> orders = new HashMap<>();
		Long[] wanted = ids.stream().filter(java.util.Objects::nonNull).toArray(Long[]::new);
		if (wanted.length > 0) {
			this.jdbc.sql("select * from quality_order where id = any(?)").param(wanted).query((rs) -> {
				orders.put(rs.getLong("id"), order(rs));
			});
		}
		return orders;
	}

	private static Inspected.OrderFacts order(ResultSet rs) throws SQLException {
		return new Inspected.OrderFacts(rs.getLong("id"), rs.getString("number"), rs.getString("type"),
				rs.getString("category_code"), rs.getString("content"), rs.getString("address"),
				rs.getString("created_by"), rs.getString("caller_phone"), rs.getString("district_code"),
				rs.getString("street_code"), rs.getString("caller_name"));
	}

	private static CallRow callRow(ResultSet rs, int row) throws SQLException {
		long orderId = rs.getLong("order_id");
		Long order = rs.wasNull() ? null : orderId;
		return new CallRow(
				new Inspected.CallFacts(rs.getString("call_id"), rs.getString("agent"),
						rs.getTimestamp("answered_at").toInstant(), rs.getTimestamp("ended_at").toInstant()),
				order, rs.getString("caller"));
	}

	private record CallRow(Inspected.CallFacts facts, Long orderId, String caller) {
	}

	/**
	 * A call or order to inspect: its subject key, what is inspected, the agent (who
	 * registered an order), the caller's number and when it ended (was registered).
	 */
	record Subject(String key, Inspected inspected, String agent, String caller, Instant endedAt) {
	}

}
