package io.hotline.workforce.surge;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.InputText;
import io.hotline.platform.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 请求支援 (多援一): a supervisor of a hotline in surge asks other hotlines for agents, with
 * why; one open ask at a time, replaced by a new one, withdrawn when no longer needed;
 * every change audited. The province sees it (issue 21).
 */
@Component
class HelpAsked {

	/** An open ask: how many agents, why, by whom and when. */
	record Ask(long id, int agents, String note, String askedBy, Instant askedAt) {

	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	HelpAsked(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	Optional<Ask> open() {
		return this.jdbc.sql("select * from surge_help where closed_at is null")
			.query((rs, n) -> new Ask(rs.getLong("id"), rs.getInt("agents"), rs.getString("note"),
					rs.getString("asked_by"), rs.getTimestamp("asked_at").toInstant()))
			.optional();
	}

	@Transactional
	Ask ask(Integer agents, String note, Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		if (agents == null) {
			throw Problem.invalid("request.required", "agents");
		}
		if (agents < 1 || agents > 10_000) {
			throw Problem.invalid("surge.help-agents", agents);
		}
		String why = InputText.limited((note == null) ? "" : note.strip(), "note", 500);
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("update surge_help set closed_by = ?, closed_at = ? where closed_at is null")
			.params(actor.username(), now)
			.update();
		this.jdbc.sql("insert into surge_help (agents, note, asked_by, asked_at) values (?, ?, ?, ?)")
			.params(agents, why, actor.username(), now)
			.update();
		this.audit.record(actor.username(), "surge.help", "surge-help", "OK", agents + " agents: " + why);
		return open().orElseThrow();
	}

	@Transactional
	boolean withdraw(Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		int closed = this.jdbc.sql("update surge_help set closed_by = ?, closed_at = ? where closed_at is null")
			.params(actor.username(), Timestamp.from(this.clock.instant()))
			.update();
		if (closed > 0) {
			this.audit.record(actor.username(), "surge.help.withdrawn", "surge-help", "OK", "");
		}
		return closed > 0;
	}

}
