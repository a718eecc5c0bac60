package io.hotline.supervision.monitor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.hotline.catalog.WorkingCalendar;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.org.UnitId;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.InputText;
import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;
import io.hotline.workorder.WorkOrders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督办件 as people see them: supervisors (and administrators) all cases, a unit's handlers
 * only their units' cases; a supervisor closes a case with a note.
 */
@Service
class SupervisionCases {

	/** At most this many cases listed at once, the newest first. */
	static final int MOST = 500;

	static final Set<String> STATUSES = Set.of("OPEN", "REMINDED", "ESCALATED", "CLOSED");

	/** The columns a list of cases sorts by, and their SQL. */
	static final Map<String, String> SORTS = Map.of("openedAt", "c.opened_at", "deadline", "c.deadline", "reminders",
			"c.reminders", "status", "c.status", "kind", "c.kind", "unitName", "u.name", "orderNumber", "o.number",
			"closedAt", "c.closed_at");

	private static final String SELECT = """
			select c.*, o.number, o.status as order_status, o.title, u.name as unit_name from supervision_case c
			join work_order o on o.id = c.order_id left join handling_unit u on u.id = c.unit_id""";

	private final JdbcClient jdbc;

	private final WorkOrders orders;

	private final AuditTrail audit;

	SupervisionCases(JdbcClient jdbc, WorkOrders orders, AuditTrail audit) {
		this.jdbc = jdbc;
		this.orders = orders;
		this.audit = audit;
	}

	/**
	 * The cases of a status ({@code null}: those not closed; {@code ALL}: every one), a
	 * kind, a unit and an order, each optional. A page of them, sorted by a column
	 * ({@link #SORTS}), of those opened from {@code from} through {@code to} (days in
	 * Beijing time, each optional), with how many there are in all.
	 */
	@Transactional(readOnly = true)
	Page page(String status, String kind, Long unitId, Long orderId, LocalDate from, LocalDate to, ListParameters page,
			Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.HANDLER);
		StringBuilder sql = new StringBuilder(" where true");
		List<Object> params = new ArrayList<>();
		if (from != null) {
			sql.append(" and c.opened_at >= ?");
			params.add(Timestamp.from(from.atStartOfDay(WorkingCalendar.ZONE).toInstant()));
		}
		if (to != null) {
			sql.append(" and c.opened_at < ?");
			params.add(Timestamp.from(to.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant()));
		}
		String s = (status == null || status.isBlank()) ? null : status.strip().toUpperCase(Locale.ROOT);
		if (s == null) {
			sql.append(" and c.status <> 'CLOSED'");
		}
		else if (!s.equals("ALL")) {
			if (!STATUSES.contains(s)) {
				throw Problem.invalid("supervision.bad-status", status);
			}
			sql.append(" and c.status = ?");
			params.add(s);
		}
		if (kind != null && !kind.isBlank()) {
			sql.append(" and c.kind = ?");
			params.add(MonitorKind.parse(kind).name());
		}
		if (unitId != null) {
			sql.append(" and c.unit_id = ?");
			params.add(unitId);
		}
		if (orderId != null) {
			sql.append(" and c.order_id = ?");
			params.add(orderId);
		}
		if (!sees(actor)) {
			sql.append(" and c.unit_id = any(?)");
			params.add(units(actor));
		}
		long total = this.jdbc.sql("select count(*) from supervision_case c" + sql)
			.params(params)
			.query(Long.class)
			.single();
		String order = " order by " + SORTS.get(page.sort()) + " " + page.direction() + " nulls last, c.id "
				+ page.direction() + " limit ? offset ?";
		List<Object> all = new ArrayList<>(params);
		all.add(page.limit());
		all.add(page.offset());
		List<SupervisionCase> cases = this.jdbc.sql(SELECT + sql + order)
			.params(all)
			.query((rs, n) -> supervisionCase(rs))
			.list();
		return new Page(cases, total, page.offset(), page.limit());
	}

	/** A page of cases, and how many there are in all. */
	record Page(List<SupervisionCase> cases, long total, int offset, int limit) {

	}

	/** A supervisor ends a case, with the reason. */
	@Transactional
	SupervisionCase close(long id, String note, Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		if (note == null || note.isBlank()) {
			throw Problem.invalid("request.required", "note");
		}
		InputText.limited(note, "note", InputText.NOTE);
		SupervisionCase c = find(id, actor);
		if (c.status().equals("CLOSED")) {
			throw Problem.conflict("supervision.case-closed", id, c.closedBy());
		}
		this.jdbc.sql("""
				update supervision_case set status = 'CLOSED', closed_at = ?, closed_by = ?, close_note = ?
				where id = ?""").params(Timestamp.from(this.orders.now()), actor.username(), note.strip(), id).update();
		this.audit.record(actor.username(), "SUPERVISION_CASE_CLOSE", "case " + id, "OK",
				c.kind() + " order " + c.orderNumber() + ": " + note.strip());
		return find(id, actor);
	}

	SupervisionCase find(long id, Actor actor) {
		return this.jdbc.sql(SELECT + " where c.id = ?")
			.param(id)
			.query((rs, n) -> supervisionCase(rs))
			.optional()
			.filter((c) -> sees(actor)
					|| (c.unitId() != null && this.orders.unitsOf(actor).contains(new UnitId(c.unitId()))))
			.orElseThrow(() -> Problem.notFound("supervision.unknown-case", id));
	}

	/**
	 * Whether the actor sees every unit's cases and reminders: supervisors,
	 * administrators.
	 */
	static boolean sees(Actor actor) {
		return actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN);
	}

	Long[] units(Actor actor) {
		return this.orders.unitsOf(actor).stream().map(UnitId::value).toArray(Long[]::new);
	}

	private static SupervisionCase supervisionCase(ResultSet rs) throws SQLException {
		MonitorKind kind = MonitorKind.valueOf(rs.getString("kind"));
		return new SupervisionCase(rs.getLong("id"), rs.getLong("order_id"), rs.getString("number"),
				rs.getString("order_status"), rs.getString("title"), kind, kind.label(),
				rs.getObject("unit_id", Long.class), rs.getString("unit_name"), rs.getString("status"),
				instant(rs, "opened_at"), instant(rs, "deadline"), rs.getInt("reminders"), instant(rs, "escalated_at"),
				instant(rs, "closed_at"), rs.getString("closed_by"), rs.getString("close_note"));
	}

	static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return (t == null) ? null : t.toInstant();
	}

}
