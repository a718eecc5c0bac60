package io.hotline.workforce.surge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The surge measures: read by supervisors, set by administrators, every change audited.
 */
@Component
class Measures {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	Measures(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	SurgeMeasures current() {
		return this.jdbc.sql("select * from surge_measures where id = 1").query(Measures::measures).single();
	}

	/** Sets every measure at once; a refused value changes nothing. */
	@Transactional
	SurgeMeasures set(SurgeMeasures body, Actor actor) {
		actor.requireAny(Role.ADMIN);
		SurgeMeasures m = MeasureRules.checked(body);
		this.jdbc.sql("""
				update surge_measures set trigger_factor = ?, trigger_minutes = ?, callback_on = ?,
				callback_promise_minutes = ?, callback_retry_minutes = ?, callback_max_tries = ?, deflection_on = ?,
				deflection_topic = ?, deflection_share = ?, cloud_on = ?, cloud_seats = ?, cloud_after_minutes = ?,
				cloud_hours = ?, overflow_on = ?, overflow_partners = ?, overflow_agents = ?, overflow_share = ?,
				updated_by = ?, updated_at = ? where id = 1""")
			.params(m.trigger().factor(), m.trigger().minutes(), m.callbackQueue().on(),
					m.callbackQueue().promiseMinutes(), m.callbackQueue().retryMinutes(), m.callbackQueue().maxTries(),
					m.deflection().on(), strip(m.deflection().topic()), m.deflection().share(), m.cloudSeats().on(),
					m.cloudSeats().seats(), m.cloudSeats().afterMinutes(), m.cloudSeats().hours(), m.overflow().on(),
					strip(m.overflow().partners()), m.overflow().agents(), m.overflow().share(), actor.username(),
					Timestamp.from(this.clock.instant()))
			.update();
		SurgeMeasures stored = current();
		this.audit.record(actor.username(), "surge.measures", "surge-measures", "OK", describe(stored));
		return stored;
	}

	private static String describe(SurgeMeasures m) {
		return "trigger " + m.trigger().factor() + "x/" + m.trigger().minutes() + "min; callback "
				+ (m.callbackQueue().on() ? "on " + m.callbackQueue().promiseMinutes() + "min" : "off")
				+ "; deflection " + (m.deflection().on() ? "on " + m.deflection().share() : "off") + "; cloud "
				+ (m.cloudSeats().on() ? "on " + m.cloudSeats().seats() : "off") + "; overflow "
				+ (m.overflow().on() ? "on " + m.overflow().agents() + "/" + m.overflow().share() : "off");
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

	private static SurgeMeasures measures(ResultSet rs, int row) throws SQLException {
		return new SurgeMeasures(
				new SurgeMeasures.Trigger(rs.getDouble("trigger_factor"), rs.getInt("trigger_minutes")),
				new SurgeMeasures.CallbackQueue(rs.getBoolean("callback_on"), rs.getInt("callback_promise_minutes"),
						rs.getInt("callback_retry_minutes"), rs.getInt("callback_max_tries")),
				new SurgeMeasures.Deflection(rs.getBoolean("deflection_on"), rs.getString("deflection_topic"),
						rs.getDouble("deflection_share")),
				new SurgeMeasures.CloudSeats(rs.getBoolean("cloud_on"), rs.getInt("cloud_seats"),
						rs.getInt("cloud_after_minutes"), rs.getInt("cloud_hours")),
				new SurgeMeasures.Overflow(rs.getBoolean("overflow_on"), rs.getString("overflow_partners"),
						rs.getInt("overflow_agents"), rs.getDouble("overflow_share")),
				rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
	}

}
