package io.hotline.supervision.monitor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;
import io.hotline.workorder.WorkOrders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminder inbox: a unit's handlers read the reminders to their units, dispatchers
 * those of cases without a unit, supervisors every one; each marks them read.
 */
@Service
class Reminders {

	private static final String SELECT = """
			select r.*, c.order_id, c.kind as case_kind, o.number from supervision_reminder r
			join supervision_case c on c.id = r.case_id join work_order o on o.id = c.order_id""";

	private final JdbcClient jdbc;

	private final SupervisionCases cases;

	private final WorkOrders orders;

	private final AuditTrail audit;

	Reminders(JdbcClient jdbc, SupervisionCases cases, WorkOrders orders, AuditTrail audit) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.orders = orders;
		this.audit = audit;
	}

	/**
	 * The reminders the actor sees, the newest first; unread only: those not read of
	 * cases still open.
	 */
	@Transactional(readOnly = true)
	List<Reminder> list(boolean unreadOnly, Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.HANDLER, Role.DISPATCHER);
		List<Object> params = new ArrayList<>();
		String sql = SELECT + " where " + audience(actor, params)
				+ (unreadOnly ? " and r.read_at is null and c.status <> 'CLOSED'" : "")
				+ " order by r.created_at desc, r.id desc limit " + SupervisionCases.MOST;
		return this.jdbc.sql(sql).params(params).query((rs, n) -> reminder(rs)).list();
	}

	@Transactional
	Reminder read(long id, Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.HANDLER, Role.DISPATCHER);
		List<Object> params = new ArrayList<>(List.of(id));
		Reminder r = this.jdbc.sql(SELECT + " where r.id = ? and " + audience(actor, params))
			.params(params)
			.query((rs, n) -> reminder(rs))
			.optional()
			.orElseThrow(() -> Problem.notFound("supervision.unknown-reminder", id));
		if (r.readAt() == null) {
			this.jdbc.sql("update supervision_reminder set read_at = ?, read_by = ? where id = ?")
				.params(Timestamp.from(this.orders.now()), actor.username(), id)
				.update();
			this.audit.record(actor.username(), "SUPERVISION_REMINDER_READ", "reminder " + id, "OK",
					r.kind() + " order " + r.orderNumber());
		}
		return this.jdbc.sql(SELECT + " where r.id = ?").param(id).query((rs, n) -> reminder(rs)).single();
	}

	/** Which reminders the actor sees, as SQL on the reminder {@code r}. */
	private String audience(Actor actor, List<Object> params) {
		if (SupervisionCases.sees(actor)) {
			return "true";
		}
		List<String> seen = new ArrayList<>();
		if (actor.has(Role.DISPATCHER)) {
			seen.add("r.audience = 'DISPATCH'");
		}
		if (actor.has(Role.HANDLER)) {
			seen.add("(r.audience = 'UNIT' and r.unit_id = any(?))");
			params.add(this.cases.units(actor));
		}
		return "(" + String.join(" or ", seen) + ")";
	}

	private static Reminder reminder(ResultSet rs) throws SQLException {
		return new Reminder(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("order_id"), rs.getString("number"),
				MonitorKind.valueOf(rs.getString("case_kind")), rs.getObject("unit_id", Long.class),
				rs.getString("audience"), rs.getString("kind"), rs.getInt("seq"), rs.getString("message"),
				SupervisionCases.instant(rs, "created_at"), SupervisionCases.instant(rs, "read_at"),
				rs.getString("read_by"));
	}

}
