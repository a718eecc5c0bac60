package io.hotline.callback;

import java.sql.Timestamp;
import java.time.Clock;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The callback settings (回访规则), read by the callback staff, set by administrators. */
@Service
public class CallbackRules {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	CallbackRules(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public CallbackSettings current() {
		return this.jdbc.sql("select * from callback_settings where id = 1")
			.query((rs, n) -> new CallbackSettings(rs.getInt("max_tries"), rs.getInt("retry_minutes"),
					AfterLastTry.valueOf(rs.getString("after_last")), rs.getString("updated_by"),
					rs.getTimestamp("updated_at").toInstant()))
			.single();
	}

	/** Sets the rule; each value is checked, and a refused one changes nothing. */
	@Transactional
	public CallbackSettings set(Integer maxTries, Integer retryMinutes, AfterLastTry afterLast, Actor actor) {
		actor.requireAny(Role.ADMIN);
		if (maxTries == null || maxTries < 1 || maxTries > 20) {
			throw Problem.invalid("callback.bad-max-tries", 1, 20);
		}
		if (retryMinutes == null || retryMinutes < 1 || retryMinutes > 10080) {
			throw Problem.invalid("callback.bad-retry-minutes", 1, 10080);
		}
		if (afterLast == null) {
			throw Problem.invalid("callback.after-last-required");
		}
		this.jdbc
			.sql("update callback_settings set max_tries = ?, retry_minutes = ?, after_last = ?, updated_by = ?, "
					+ "updated_at = ? where id = 1")
			.params(maxTries, retryMinutes, afterLast.name(), actor.username(), Timestamp.from(this.clock.instant()))
			.update();
		this.audit.record(actor.username(), "callback.settings", "callback-settings", "OK",
				"maxTries=" + maxTries + ", retryMinutes=" + retryMinutes + ", afterLast=" + afterLast);
		return current();
	}

}
