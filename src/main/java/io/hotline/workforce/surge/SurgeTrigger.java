package io.hotline.workforce.surge;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.hotline.cti.SeatTallies;
import io.hotline.platform.AuditTrail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Switches the surge on when the contacts of the trigger's last minutes run above the
 * forecast × the trigger's factor, and off when they no longer do; each switch is stored
 * (since when, why, the measures it switches) and audited. {@link #check()} is run by
 * {@link SurgeSchedule} (once per cluster); {@link #status()} only reads what the last
 * check stored.
 */
@Component
class SurgeTrigger {

	private final JdbcClient jdbc;

	private final Measures measures;

	private final ObjectProvider<LiveContacts> live;

	private final AuditTrail audit;

	private final Clock clock;

	private final SeatTallies seats;

	SurgeTrigger(JdbcClient jdbc, Measures measures, ObjectProvider<LiveContacts> live, AuditTrail audit,
			SeatTallies seats, Clock clock) {
		this.jdbc = jdbc;
		this.seats = seats;
		this.measures = measures;
		this.live = live;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether these figures make a surge under this trigger. */
	static boolean fires(SurgeMeasures.Trigger trigger, LiveContacts.Window window) {
		return window.forecast() > 0 ? window.offered() > trigger.factor() * window.forecast() : false;
	}

	/**
	 * The state the last check stored, with the measures set now and the seats (agents
	 * signed in, calls answered over the trigger's window); writes nothing.
	 */
	SurgeStatus statusWithSeats() {
		SurgeStatus s = status();
		Instant now = this.clock.instant();
		return s.withSeats(SurgeStatus.Seats.of(this.seats.tally(now.minus(Duration.ofMinutes(s.minutes())), now)));
	}

	/** The state the last check stored, with the measures set now; writes nothing. */
	SurgeStatus status() {
		SurgeMeasures m = this.measures.current();
		return this.jdbc
			.sql("select surge_on, since, reason, offered, forecast, factor, minutes, checked_at from surge_state"
					+ " where id = 1")
			.query((rs, n) -> {
				boolean on = rs.getBoolean("surge_on");
				Number offered = (Number) rs.getObject("offered");
				Number forecast = (Number) rs.getObject("forecast");
				Number factor = (Number) rs.getObject("factor");
				Number minutes = (Number) rs.getObject("minutes");
				return new SurgeStatus(on, instant(rs.getTimestamp("since")), rs.getString("reason"),
						offered == null ? null : offered.longValue(), forecast == null ? null : forecast.doubleValue(),
						factor == null ? m.trigger().factor() : factor.doubleValue(),
						minutes == null ? m.trigger().minutes() : minutes.intValue(), on(m), on ? on(m) : List.of(),
						instant(rs.getTimestamp("checked_at")), null);
			})
			.single();
	}

	/**
	 * Compares the live figures with the trigger, stores what it found and audits a
	 * switch.
	 */
	@Transactional
	SurgeStatus check() {
		SurgeMeasures m = this.measures.current();
		Instant now = this.clock.instant();
		LiveContacts contacts = this.live.getIfAvailable();
		Optional<LiveContacts.Window> window = contacts == null ? Optional.empty()
				: contacts.window(now.minus(Duration.ofMinutes(m.trigger().minutes())), now);
		State was = this.jdbc.sql("select surge_on, since, reason from surge_state where id = 1 for update")
			.query((rs, n) -> new State(rs.getBoolean(1), instant(rs.getTimestamp(2)), rs.getString(3)))
			.single();
		State state = was;
		if (window.isEmpty()) {
			state = new State(false, was.on() ? now : was.since(),
					"no live figures (no forecast for today, or the CTI intervals are not wired)");
			if (was.on()) {
				this.audit.record("system", "surge.off", "surge", "OK", state.reason() + switched(m));
			}
		}
		else if (fires(m.trigger(), window.get()) != was.on()) {
			LiveContacts.Window w = window.get();
			String reason = String.format(Locale.ROOT,
					"%d contacts in the last %d minutes, forecast %.0f (%.2f×; trigger %.2f×)", w.offered(),
					m.trigger().minutes(), w.forecast(), w.offered() / w.forecast(), m.trigger().factor());
			state = new State(!was.on(), now, reason);
			this.audit.record("system", state.on() ? "surge.on" : "surge.off", "surge", "OK", reason + switched(m));
		}
		Long offered = window.map(LiveContacts.Window::offered).orElse(null);
		Double forecast = window.map(LiveContacts.Window::forecast).orElse(null);
		this.jdbc.sql("""
				update surge_state set surge_on = ?, since = ?, reason = ?, checked_at = ?, offered = ?, forecast = ?,
				factor = ?, minutes = ? where id = 1""")
			.params(state.on(), state.since() == null ? null : Timestamp.from(state.since()), state.reason(),
					Timestamp.from(now), offered, forecast, m.trigger().factor(), m.trigger().minutes())
			.update();
		return new SurgeStatus(state.on(), state.since(), state.reason(), offered, forecast, m.trigger().factor(),
				m.trigger().minutes(), on(m), state.on() ? on(m) : List.of(), now, null);
	}

	/** The audit's note of the measures a switch turns on or off. */
	private static String switched(SurgeMeasures m) {
		List<String> on = on(m);
		return on.isEmpty() ? "; no measure set on" : "; measures " + String.join(", ", on);
	}

	private static List<String> on(SurgeMeasures m) {
		List<String> on = new ArrayList<>();
		if (m.callbackQueue().on()) {
			on.add("callbackQueue");
		}
		if (m.deflection().on()) {
			on.add("deflection");
		}
		if (m.cloudSeats().on()) {
			on.add("cloudSeats");
		}
		if (m.overflow().on()) {
			on.add("overflow");
		}
		return on;
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private record State(boolean on, Instant since, String reason) {

	}

}
