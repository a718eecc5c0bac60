package io.hotline.callback.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.hotline.platform.Problem;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plans, their steps (what was said and what happened) and what the channels sent.
 */
@Component
class PlanStore {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PlanStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	record Step(Instant at, String speaker, String node, String text) {

	}

	record Message(long id, long planId, String channel, String recipient, String content, String link,
			Instant sentAt) {

	}

	/** Stores a new plan; none where the event has one already. */
	Optional<Long> insert(Plan p) {
		return this.jdbc.sql("""
				insert into callback_plan (event_id, order_id, order_number, kind, order_type, category_code, unit_id,
				  caller_phone, reasons, questions, channel, status, due_at, limit_at, handover_reason, planned_at,
				  replied_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?)
				on conflict (event_id) do nothing returning id""")
			.params(p.eventId(), p.orderId(), p.orderNumber(), p.kind(), p.orderType(), p.categoryCode(), p.unitId(),
					p.callerPhone(), p.reasons(), this.json.writeValueAsString(p.questions()), p.channel().name(),
					p.status().name(), ts(p.dueAt()), ts(p.limitAt()), p.handoverReason(), ts(p.plannedAt()),
					ts(p.repliedAt()))
			.query(Long.class)
			.optional();
	}

	Plan find(long id) {
		return this.jdbc.sql("select * from callback_plan where id = ?")
			.param(id)
			.query(this::plan)
			.optional()
			.orElseThrow(() -> Problem.notFound("callback-plan.not-found", id));
	}

	/** The plan, locked until the transaction ends. */
	Plan lock(long id) {
		return this.jdbc.sql("select * from callback_plan where id = ? for update")
			.param(id)
			.query(this::plan)
			.optional()
			.orElseThrow(() -> Problem.notFound("callback-plan.not-found", id));
	}

	/** The order's latest plan that is still open, locked. */
	Optional<Plan> lockOpen(long orderId) {
		return this.jdbc.sql("""
				select * from callback_plan where order_id = ?
				  and status in ('PLANNED', 'SENT', 'CALLING', 'HANDED_OVER') order by id desc limit 1 for update""")
			.param(orderId)
			.query(this::plan)
			.optional();
	}

	List<Plan> ofOrder(long orderId) {
		return this.jdbc.sql("select * from callback_plan where order_id = ? order by id")
			.param(orderId)
			.query(this::plan)
			.list();
	}

	/** Plans due now, locked; those another transaction holds are skipped. */
	List<Plan> lockDue(Instant now, int most) {
		return this.jdbc.sql("""
				select * from callback_plan where status = 'PLANNED' and due_at <= ?
				order by due_at, id limit ? for update skip locked""").params(ts(now), most).query(this::plan).list();
	}

	/** Links sent before {@code before} that got no rating, locked. */
	List<Plan> lockUnrated(Instant before, int most) {
		return this.jdbc.sql("""
				select * from callback_plan where status = 'SENT' and sent_at <= ?
				order by sent_at, id limit ? for update skip locked""")
			.params(ts(before), most)
			.query(this::plan)
			.list();
	}

	/**
	 * Whether the phone had a plan for an earlier order, and whether one was
	 * dissatisfied.
	 */
	boolean[] history(String phone, long orderId) {
		if (phone == null) {
			return new boolean[] { false, false };
		}
		return this.jdbc.sql("""
				select count(*) > 0, coalesce(bool_or(answers ->> 'satisfaction' = 'DISSATISFIED'), false)
				from callback_plan where caller_phone = ? and order_id <> ?""")
			.params(phone, orderId)
			.query((rs, n) -> new boolean[] { rs.getBoolean(1), rs.getBoolean(2) })
			.single();
	}

	void update(Plan p) {
		this.jdbc.sql("""
				update callback_plan set channel = ?, status = ?, due_at = ?, tries = ?, script_version = ?, node = ?,
				  unclear = ?, answers = cast(? as jsonb), sent_at = ?, reached_at = ?, done_at = ?,
				  handover_reason = ? where id = ?""")
			.params(p.channel().name(), p.status().name(), ts(p.dueAt()), p.tries(), p.scriptVersion(), p.node(),
					p.unclear(), this.json.writeValueAsString(p.answers()), ts(p.sentAt()), ts(p.reachedAt()),
					ts(p.doneAt()), p.handoverReason(), p.id())
			.update();
	}

	void step(long planId, Instant at, String speaker, String node, String text) {
		this.jdbc.sql("insert into callback_plan_step (plan_id, at, speaker, node, text) values (?, ?, ?, ?, ?)")
			.params(planId, ts(at), speaker, node, text)
			.update();
	}

	List<Step> steps(long planId) {
		return this.jdbc.sql("select at, speaker, node, text from callback_plan_step where plan_id = ? order by id")
			.param(planId)
			.query((rs, n) -> new Step(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	void message(long planId, String channel, String recipient, String content, String link, Instant at) {
		this.jdbc.sql("""
				insert into callback_message (plan_id, channel, recipient, content, link, sent_at)
				values (?, ?, ?, ?, ?, ?)""").params(planId, channel, recipient, content, link, ts(at)).update();
	}

	List<Message> messages(long planId) {
		return this.jdbc.sql("select * from callback_message where plan_id = ? order by id")
			.param(planId)
			.query((rs, n) -> new Message(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("channel"),
					rs.getString("recipient"), rs.getString("content"), rs.getString("link"),
					rs.getTimestamp("sent_at").toInstant()))
			.list();
	}

	Plan plan(ResultSet rs, int n) throws SQLException {
		return new Plan(rs.getLong("id"), rs.getLong("event_id"), rs.getLong("order_id"), rs.getString("order_number"),
				rs.getString("kind"), rs.getString("order_type"), rs.getString("category_code"),
				(Long) rs.getObject("unit_id"), rs.getString("caller_phone"), rs.getString("reasons"),
				this.json.readValue(rs.getString("questions"), STRINGS), PlanChannel.valueOf(rs.getString("channel")),
				PlanStatus.valueOf(rs.getString("status")), instant(rs, "due_at"), instant(rs, "limit_at"),
				rs.getInt("tries"), (Integer) rs.getObject("script_version"), rs.getString("node"),
				rs.getInt("unclear"), this.json.readValue(rs.getString("answers"), VALUES), instant(rs, "sent_at"),
				instant(rs, "reached_at"), instant(rs, "done_at"), rs.getString("handover_reason"),
				instant(rs, "planned_at"), instant(rs, "replied_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return (t == null) ? null : t.toInstant();
	}

	static Timestamp ts(Instant at) {
		return (at == null) ? null : Timestamp.from(at);
	}

}
