package io.hotline.province.hub;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.hotline.org.Actor;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.InputText;
import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;
import io.hotline.province.NodeMessages;
import io.hotline.province.ProvincialNode;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 省级督办: the province supervises an order of one of its cities, due in some working days,
 * and may remind (催办) it. A command waits at the province until the city pulls it (the
 * city always calls, decision 0015), applies it (the supervision as its own supervisors'
 * mark and a supervision case that its monitors remind and escalate; the reminder on that
 * case) and says so; its effect then arrives with the order's replica, and the case's
 * state with the city's later pulls. A command is handed out again until the city has
 * said it was done, and the city applies each once.
 */
@Component
@Conditional(ProvincialNode.class)
class ProvincialSupervision {

	/** A command's state as the province sees it. */
	record Command(long id, String city, String cityName, long orderId, String number, String kind, String note,
			String actor, Instant createdAt, Instant deliveredAt, Instant doneAt, String outcome, String state,
			Integer days, Long supervisionId, Case supervisionCase) {

	}

	/** The city's case of a supervision, as last reported; null until it is. */
	record Case(String status, Instant deadline, int reminders, Instant escalatedAt, Instant closedAt, String closeNote,
			Instant reportedAt) {

	}

	/** A supervision's term in working days when none is given, and the longest. */
	static final int DAYS = 3;

	static final int MOST_DAYS = 30;

	record Page(long total, int offset, int limit, List<Command> items) {

	}

	static final Map<String, String> SORTS = Map.of("createdAt", "t.id", "city", "t.city", "number", "t.number",
			"doneAt", "t.done_at", "caseDeadline", "t.case_deadline", "reminders", "t.case_reminders");

	/** Commands handed to a city in one pull at most. */
	private static final int PULL = 100;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	ProvincialSupervision(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Command supervise(String city, long orderId, String note, Integer days, Actor actor) {
		String text = text(note, "province.supervise-note");
		int term = (days == null) ? DAYS : days;
		if (term < 1 || term > MOST_DAYS) {
			throw Problem.invalid("province.supervise-days", days, MOST_DAYS);
		}
		Map<String, Object> order = this.jdbc
			.sql("select number, status from city_order where city = ? and order_id = ?")
			.params(city, orderId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> Problem.notFound("province.no-order", city, orderId));
		if ("CLOSED".equals(order.get("status"))) {
			throw Problem.conflict("province.order-closed", order.get("number"));
		}
		long id = this.jdbc.sql("""
				insert into province_command (city, order_id, number, kind, note, actor, created_at, days)
				values (?, ?, ?, 'SUPERVISE', ?, ?, ?, ?) returning id""")
			.params(city, orderId, order.get("number"), text, actor.username(), Timestamp.from(this.clock.instant()),
					term)
			.query(Long.class)
			.single();
		this.audit.record(actor.username(), "PROVINCE_SUPERVISE", city + "/" + orderId, "QUEUED",
				term + " 个工作日：" + text);
		return one(id);
	}

	/**
	 * 催办 of a supervision whose case is not known closed: queued for the city like the
	 * supervision, applied there after it.
	 */
	@Transactional
	public Command remind(long supervisionId, String note, Actor actor) {
		String text = text(note, "province.remind-note");
		Command supervision = this.jdbc.sql("select id from province_command where id = ? and kind = 'SUPERVISE'")
			.param(supervisionId)
			.query(Long.class)
			.optional()
			.map(this::one)
			.orElseThrow(() -> Problem.notFound("province.no-supervision", supervisionId));
		boolean over = "NOT_OPEN".equals(supervision.outcome())
				|| (supervision.supervisionCase() != null && "CLOSED".equals(supervision.supervisionCase().status()));
		if (over) {
			throw Problem.conflict("province.supervision-over", supervision.number());
		}
		long id = this.jdbc.sql("""
				insert into province_command (city, order_id, number, kind, note, actor, created_at, supervision_id)
				values (?, ?, ?, 'REMIND', ?, ?, ?, ?) returning id""")
			.params(supervision.city(), supervision.orderId(), supervision.number(), text, actor.username(),
					Timestamp.from(this.clock.instant()), supervisionId)
			.query(Long.class)
			.single();
		this.audit.record(actor.username(), "PROVINCE_REMIND", supervision.city() + "/" + supervision.orderId(),
				"QUEUED", text);
		return one(id);
	}

	private static String text(String note, String problem) {
		String text = (note == null) ? "" : note.strip();
		if (text.isEmpty()) {
			throw Problem.invalid(problem);
		}
		return InputText.limited(text, "note", 500);
	}

	private Command one(long id) {
		return page(new Filter(null, null, id, null, null),
				ListParameters.of(null, null, null, null, SORTS.keySet(), "createdAt", true, 1, 1))
			.items()
			.get(0);
	}

	/**
	 * What the province's list of commands is filtered by: city, the command's state, id,
	 * kind and the state of the city's case.
	 */
	record Filter(String city, String state, Long id, String kind, String caseStatus) {

	}

	Page page(Filter filter, ListParameters page) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder("true");
		if (filter.city() != null) {
			where.append(" and t.city = ?");
			params.add(filter.city());
		}
		if (filter.id() != null) {
			where.append(" and t.id = ?");
			params.add(filter.id());
		}
		if (filter.kind() != null) {
			if (!List.of("SUPERVISE", "REMIND").contains(filter.kind())) {
				throw Problem.invalid("province.bad-command-kind", filter.kind());
			}
			where.append(" and t.kind = ?");
			params.add(filter.kind());
		}
		if (filter.caseStatus() != null) {
			if (!List.of("OPEN", "REMINDED", "ESCALATED", "CLOSED").contains(filter.caseStatus())) {
				throw Problem.invalid("province.bad-case-status", filter.caseStatus());
			}
			where.append(" and t.case_status = ?");
			params.add(filter.caseStatus());
		}
		if (filter.state() != null) {
			where.append(switch (filter.state()) {
				case "QUEUED" -> " and t.delivered_at is null";
				case "DELIVERED" -> " and t.delivered_at is not null and t.done_at is null";
				case "DONE" -> " and t.done_at is not null";
				default -> throw Problem.invalid("province.bad-command-state", filter.state());
			});
		}
		Paging.Rows<Command> rows = Paging.rows(this.jdbc,
				"select t.*, n.name as city_name from province_command t left join city_node n on n.code = t.city",
				"province_command", where.toString(), params, SORTS.get(page.sort()), page, (rs, n) -> command(rs));
		return new Page(rows.total(), page.offset(), page.limit(), rows.items());
	}

	/**
	 * A city's pull: what it applied is noted done, the states of its cases kept; what it
	 * has not yet said done is handed (again) to it, oldest first.
	 */
	@Transactional
	public NodeMessages.Commands pull(String city, NodeMessages.Pull pull) {
		Timestamp now = Timestamp.from(this.clock.instant());
		for (NodeMessages.Done done : pull.done()) {
			if (!"APPLIED".equals(done.outcome()) && !"NOT_OPEN".equals(done.outcome())) {
				throw Problem.invalid("node.bad-outcome", done.id(), done.outcome());
			}
			this.jdbc.sql("""
					update province_command set done_at = ?, outcome = ?
					where id = ? and city = ? and done_at is null""")
				.params(now, done.outcome(), done.id(), city)
				.update();
		}
		for (NodeMessages.CaseState c : pull.cases()) {
			this.jdbc.sql("""
					update province_command set case_status = ?, case_deadline = ?, case_reminders = ?,
					    case_escalated_at = ?, case_closed_at = ?, case_close_note = ?, case_reported_at = ?
					where id = ? and city = ? and kind = 'SUPERVISE'""")
				.params(c.status(), at(c.deadline()), c.reminders(), at(c.escalatedAt()), at(c.closedAt()),
						c.closeNote(), now, c.id(), city)
				.update();
		}
		List<NodeMessages.Command> commands = this.jdbc.sql("""
				update province_command set delivered_at = coalesce(delivered_at, ?)
				where id in (select id from province_command where city = ? and done_at is null order by id limit ?)
				returning id, order_id, kind, note, actor, created_at, days, supervision_id""")
			.params(now, city, PULL)
			.query((rs, n) -> new NodeMessages.Command(rs.getLong("id"), rs.getLong("order_id"), rs.getString("kind"),
					rs.getString("note"), rs.getString("actor"), rs.getTimestamp("created_at").toInstant(),
					rs.getObject("days", Integer.class), rs.getObject("supervision_id", Long.class)))
			.list();
		return new NodeMessages.Commands(
				commands.stream().sorted(java.util.Comparator.comparingLong(NodeMessages.Command::id)).toList());
	}

	private static Command command(ResultSet rs) throws SQLException {
		Instant delivered = instant(rs, "delivered_at");
		Instant done = instant(rs, "done_at");
		String state = (done != null) ? "DONE" : (delivered != null) ? "DELIVERED" : "QUEUED";
		String status = rs.getString("case_status");
		Case supervisionCase = (status == null) ? null
				: new Case(status, instant(rs, "case_deadline"), rs.getInt("case_reminders"),
						instant(rs, "case_escalated_at"), instant(rs, "case_closed_at"),
						rs.getString("case_close_note"), instant(rs, "case_reported_at"));
		return new Command(rs.getLong("id"), rs.getString("city"), rs.getString("city_name"), rs.getLong("order_id"),
				rs.getString("number"), rs.getString("kind"), rs.getString("note"), rs.getString("actor"),
				instant(rs, "created_at"), delivered, done, rs.getString("outcome"), state,
				rs.getObject("days", Integer.class), rs.getObject("supervision_id", Long.class), supervisionCase);
	}

	private static Timestamp at(Instant instant) {
		return (instant == null) ? null : Timestamp.from(instant);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at == null) ? null : at.toInstant();
	}

}
