package io.hotline.supervision.monitor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The monitors' settings: read by everyone who supervises, changed by supervisors. */
@Service
class Monitors {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	Monitors(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	List<Monitor> all() {
		return this.jdbc.sql("select * from supervision_monitor")
			.query((rs, n) -> monitor(rs))
			.list()
			.stream()
			.sorted((a, b) -> a.kind().compareTo(b.kind()))
			.toList();
	}

	Monitor of(MonitorKind kind) {
		return this.jdbc.sql("select * from supervision_monitor where kind = ?")
			.param(kind.name())
			.query((rs, n) -> monitor(rs))
			.single();
	}

	@Transactional
	Monitor change(MonitorKind kind, MonitorChange change, Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		Monitor before = of(kind);
		Monitor m = change.applyTo(before);
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				update supervision_monitor set enabled = ?, threshold = ?, case_days = ?, remind_hours = ?,
				    escalate_after = ?, auto_redo = ?, updated_by = ?, updated_at = ? where kind = ?""")
			.params(m.enabled(), m.threshold(), m.caseDays(), m.remindHours(), m.escalateAfter(), m.autoRedo(),
					actor.username(), now, kind.name())
			.update();
		this.audit.record(actor.username(), "SUPERVISION_MONITOR", "monitor " + kind, "OK",
				describe(before) + " → " + describe(m));
		return of(kind);
	}

	private static String describe(Monitor m) {
		return (m.enabled() ? "on" : "off") + " threshold=" + m.threshold() + " caseDays=" + m.caseDays()
				+ " remindHours=" + m.remindHours() + " escalateAfter=" + m.escalateAfter() + " autoRedo="
				+ m.autoRedo();
	}

	private static Monitor monitor(ResultSet rs) throws SQLException {
		Timestamp updated = rs.getTimestamp("updated_at");
		return new Monitor(MonitorKind.valueOf(rs.getString("kind")), rs.getBoolean("enabled"), rs.getInt("threshold"),
				rs.getInt("case_days"), rs.getInt("remind_hours"), rs.getInt("escalate_after"),
				rs.getBoolean("auto_redo"), rs.getString("updated_by"), (updated == null) ? null : updated.toInstant());
	}

}
