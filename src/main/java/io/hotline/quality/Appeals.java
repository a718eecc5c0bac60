package io.hotline.quality;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.InputText;
import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 申诉: an agent appeals a finding of their own call (once, with a reason); a team leader
 * of the agent's group (SUPERVISOR) or the quality team decides: upheld, or overturned
 * with a note — an overturned finding stops counting. Every step audited.
 */
@Service
public class Appeals {

	static final Map<String, String> SORTS = Map.of("createdAt", "a.created_at", "agent", "a.agent", "status",
			"a.status", "decidedAt", "a.decided_at");

	private final JdbcClient jdbc;

	private final Inspections inspections;

	private final AuditTrail audit;

	private final Clock clock;

	Appeals(JdbcClient jdbc, Inspections inspections, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.inspections = inspections;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Appeal appeal(long findingId, String reason, Actor actor) {
		actor.requireAny(Role.AGENT);
		String why = InputText.limited(reason, "reason", InputText.NOTE);
		if (why == null || why.isEmpty()) {
			throw Problem.invalid("request.required", "reason");
		}
		InputText.checked(why, "reason");
		Map<String, Object> finding = this.jdbc
			.sql("select f.inspection_id, i.agent, i.team from quality_finding f"
					+ " join quality_inspection i on i.id = f.inspection_id where f.id = ?")
			.param(findingId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> Problem.notFound("quality.finding-not-found", findingId));
		if (!actor.username().equals(finding.get("agent"))) {
			throw Problem.forbidden("quality.appeal-not-yours", findingId);
		}
		Instant now = this.clock.instant();
		int kept = this.jdbc.sql("""
				insert into quality_appeal (finding_id, agent, team, reason, status, created_at)
				values (?, ?, ?, ?, 'OPEN', ?) on conflict (finding_id) do nothing""")
			.params(findingId, actor.username(), finding.get("team"), why, Timestamp.from(now))
			.update();
		if (kept == 0) {
			throw Problem.conflict("quality.appealed-before", findingId);
		}
		Appeal appeal = find("a.finding_id = " + findingId);
		this.audit.record(actor.username(), "QUALITY_APPEAL", "quality-finding:" + findingId, "OK",
				"appeal " + appeal.id());
		return appeal;
	}

	/** Upholds or overturns an open appeal. */
	@Transactional
	public Appeal decide(long appealId, String decision, String note, Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.QUALITY);
		String outcome = (decision == null) ? "" : decision.strip().toUpperCase(Locale.ROOT);
		if (!outcome.equals("UPHELD") && !outcome.equals("OVERTURNED")) {
			throw Problem.invalid("quality.bad-decision", "decision", decision);
		}
		String why = InputText.limited(note, "note", InputText.NOTE);
		if (outcome.equals("OVERTURNED") && (why == null || why.isEmpty())) {
			throw Problem.invalid("request.required", "note");
		}
		if (why != null) {
			InputText.checked(why, "note");
		}
		Appeal appeal = find("a.id = " + appealId);
		if (!Sight.of(actor, this.jdbc).sees(appeal.agent(), appeal.team())
				|| actor.username().equals(appeal.agent())) {
			throw Problem.forbidden("quality.not-yours", appealId);
		}
		int decided = this.jdbc.sql("""
				update quality_appeal set status = ?, decided_by = ?, decided_at = ?, note = ?
				where id = ? and status = 'OPEN'""")
			.params(outcome, actor.username(), Timestamp.from(this.clock.instant()), why, appealId)
			.update();
		if (decided == 0) {
			throw Problem.conflict("quality.appeal-decided", appealId);
		}
		if (outcome.equals("OVERTURNED")) {
			this.jdbc.sql("update quality_finding set overturned = true where id = ?")
				.param(appeal.findingId())
				.update();
			this.inspections.rescore(appeal.inspectionId());
		}
		this.audit.record(actor.username(), "QUALITY_APPEAL_" + outcome, "quality-appeal:" + appealId, "OK",
				"finding " + appeal.findingId());
		return find("a.id = " + appealId);
	}

	/** The appeals in sight, by status (OPEN: the queue to work from). */
	@Transactional(readOnly = true)
	public Scorecards.Page<Appeal> list(String status, ListParameters page, Actor actor) {
		Map<String, Object> params = new HashMap<>();
		String where = Sight.of(actor, this.jdbc).where(params).replace("i.", "a.");
		if (status != null && !status.isBlank()) {
			String wanted = status.strip().toUpperCase(Locale.ROOT);
			if (!List.of("OPEN", "UPHELD", "OVERTURNED").contains(wanted)) {
				throw Problem.invalid("quality.bad-appeal-status", "status", status);
			}
			params.put("status", wanted);
			where += " and a.status = :status";
		}
		long total = this.jdbc.sql("select count(*) from quality_appeal a where " + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("offset", page.offset());
		params.put("limit", page.limit());
		List<Appeal> appeals = this.jdbc
			.sql(SELECT + " where " + where + " order by " + SORTS.get(page.sort()) + " " + page.direction()
					+ " nulls last, a.id offset :offset limit :limit")
			.params(params)
			.query(Appeals::appeal)
			.list();
		return new Scorecards.Page<>(appeals, total);
	}

	private static final String SELECT = """
			select a.*, f.inspection_id, f.rule_id, f.rule_name, f.message, f.quote, f.points, i.call_id, i.order_id
			from quality_appeal a join quality_finding f on f.id = a.finding_id
			join quality_inspection i on i.id = f.inspection_id""";

	private Appeal find(String where) {
		return this.jdbc.sql(SELECT + " where " + where)
			.query(Appeals::appeal)
			.optional()
			.orElseThrow(() -> Problem.notFound("quality.appeal-not-found", where.replaceAll("[^0-9]", "")));
	}

	private static Appeal appeal(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long order = rs.getLong("order_id");
		Long orderId = rs.wasNull() ? null : order;
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Appeal(rs.getLong("id"), rs.getLong("finding_id"), rs.getLong("inspection_id"),
				rs.getString("call_id"), orderId, rs.getString("agent"), rs.getString("team"), rs.getString("rule_id"),
				rs.getString("rule_name"), rs.getString("message"), rs.getString("quote"), rs.getInt("points"),
				rs.getString("reason"), rs.getString("status"), rs.getTimestamp("created_at").toInstant(),
				rs.getString("decided_by"), (decided == null) ? null : decided.toInstant(), rs.getString("note"));
	}

	/** An appeal of a finding. */
	public record Appeal(long id, long findingId, long inspectionId, String callId, Long orderId, String agent,
			String team, String ruleId, String ruleName, String message, String quote, int points, String reason,
			String status, Instant createdAt, String decidedBy, Instant decidedAt, String note) {
	}

}
