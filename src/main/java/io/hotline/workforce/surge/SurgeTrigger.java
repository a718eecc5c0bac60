package io.hotline.workforce.surge;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.hotline.platform.AuditTrail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Switches the surge on when the contacts of the trigger's last minutes run above the
 * forecast × the trigger's factor, and off when they no longer do; each switch is stored
 * (since when, why) and audited.
 */
@Component
class SurgeTrigger {

	private final JdbcClient jdbc;

	private final Measures measures;

	private final ObjectProvider<LiveContacts> live;

	private final AuditTrail audit;

	private final Clock clock;

	SurgeTrigger(JdbcClient jdbc, Measures measures, ObjectProvider<LiveContacts> live, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.measures = measures;
		this.live = live;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether these figures make a surge under this trigger. */
	static boolean fires(SurgeMeasures.Trigger trigger, LiveContacts.Window window) {
		return window.forecast() > 0 ? window.offered() > trigger.factor() * window.forecast() : false;
	}

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
				this.audit.record("system", "surge.off", "surge", "OK", state.reason());
			}
		}
		else if (fires(m.trigger(), window.get()) != was.on()) {
			LiveContacts.Window w = window.get();
			String reason = String.format(Locale.ROOT,
					"%d contacts in the last %d minutes, forecast %.0f (%.2f×; trigger %.2f×)", w.offered(),
					m.trigger().minutes(), w.forecast(), w.offered() / w.forecast(), m.trigger().factor());
			state = new State(!was.on(), now, reason);
			this.audit.record("system", state.on() ? "surge.on" : "surge.off", "surge", "OK", reason);
		}
		this.jdbc.sql("update surge_state set surge_on = ?, since = ?, reason = ?, checked_at = ? where id = 1")
			.params(state.on(), state.since() == null ? null : Timestamp.from(state.since()), state.reason(),
					Timestamp.from(now))
			.update();
		return new SurgeStatus(state.on(), state.since(), state.reason(),
				window.map(LiveContacts.Window::offered).orElse(null),
				window.map(LiveContacts.Window::forecast).orElse(null), m.trigger().factor(), m.trigger().minutes(),
				on(m), now);
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
