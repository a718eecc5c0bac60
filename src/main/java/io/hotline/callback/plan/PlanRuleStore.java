package io.hotline.callback.plan;

import java.sql.Timestamp;
import java.time.Clock;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The planning rules, read by the planner and the staff, set by administrators. */
@Component
class PlanRuleStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AuditTrail audit;

	private final Clock clock;

	PlanRuleStore(JdbcClient jdbc, JsonMapper json, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
	}

	PlanRules current() {
		return this.jdbc.sql("select rules, updated_by, updated_at from callback_plan_rules where id = 1")
			.query((rs, n) -> {
				PlanRules r = this.json.readValue(rs.getString(1), PlanRules.class);
				return new PlanRules(r.defaultDelayDays(), r.limitDays(), r.smsWaitHours(), r.delays(), r.channels(),
						rs.getString(2), rs.getTimestamp(3).toInstant());
			})
			.single();
	}

	@Transactional
	PlanRules set(PlanRules rules, Actor actor) {
		actor.requireAny(Role.ADMIN);
		if (rules == null) {
			throw Problem.invalid("callback-plan.rules-required");
		}
		PlanRules checked = rules.validated();
		String stored = this.json.writeValueAsString(new PlanRules(checked.defaultDelayDays(), checked.limitDays(),
				checked.smsWaitHours(), checked.delays(), checked.channels(), null, null));
		this.jdbc
			.sql("update callback_plan_rules set rules = cast(? as jsonb), updated_by = ?, updated_at = ? where id = 1")
			.params(stored, actor.username(), Timestamp.from(this.clock.instant()))
			.update();
		this.audit.record(actor.username(), "callback-plan.rules", "callback-plan-rules", "OK", stored);
		return current();
	}

}
