package io.hotline.quality;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 人工复核: the sampled inspections wait in a queue; a reviewer (QUALITY) marks for each rule
 * of the call's rule set whether it applies — agreeing with the machine, disagreeing with
 * a finding, or naming one the machine missed. Cohen's κ between the reviewers and the
 * machine, per rule and overall, over a period; the sample rate set by the quality team.
 */
@Service
public class Reviews {

	private final JdbcClient jdbc;

	private final RuleSets ruleSets;

	private final AuditTrail audit;

	private final Clock clock;

	Reviews(JdbcClient jdbc, RuleSets ruleSets, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.ruleSets = ruleSets;
		this.audit = audit;
		this.clock = clock;
	}

	/** The review queue (PENDING) or the reviews done (DONE), oldest first. */
	@Transactional(readOnly = true)
	public Scorecards.Page<Queued> queue(String status, ListParameters page, Actor actor) {
		actor.requireAny(Role.QUALITY);
		String wanted = (status == null || status.isBlank()) ? "PENDING" : status.strip().toUpperCase(Locale.ROOT);
		if (!wanted.equals("PENDING") && !wanted.equals("DONE")) {
			throw Problem.invalid("quality.bad-review-status", "status", status);
		}
		long total = this.jdbc.sql("select count(*) from quality_review where status = ?")
			.param(wanted)
			.query(Long.class)
			.single();
		List<Queued> rows = this.jdbc.sql("""
				select r.*, i.call_id, i.order_id, i.agent, i.score, i.finding_count, i.ended_at from quality_review r
				join quality_inspection i on i.id = r.inspection_id where r.status = ?
				order by r.queued_at %s, r.inspection_id offset ? limit ?""".formatted(page.direction()))
			.params(wanted, page.offset(), page.limit())
			.query((rs, n) -> {
				long order = rs.getLong("order_id");
				Long orderId = rs.wasNull() ? null : order;
				Timestamp reviewed = rs.getTimestamp("reviewed_at");
				return new Queued(rs.getLong("inspection_id"), rs.getString("call_id"), orderId, rs.getString("agent"),
						rs.getInt("score"), rs.getInt("finding_count"), rs.getString("reason"), rs.getString("status"),
						rs.getTimestamp("queued_at").toInstant(), rs.getString("reviewer"),
						(reviewed == null) ? null : reviewed.toInstant());
			})
			.list();
		return new Scorecards.Page<>(rows, total);
	}

	/** Records the reviewer's judgement, rule by rule (rules not named: agreed). */
	@Transactional
	public List<Mark> review(long inspectionId, List<MarkForm> marks, Actor actor) {
		actor.requireAny(Role.QUALITY);
		Integer version = this.jdbc.sql("""
				select i.rule_set_version from quality_review r join quality_inspection i on i.id = r.inspection_id
				where r.inspection_id = ?""")
			.param(inspectionId)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> Problem.notFound("quality.review-not-found", inspectionId));
		Set<String> found = Set
			.copyOf(this.jdbc.sql("select distinct rule_id from quality_finding where inspection_id = ?")
				.param(inspectionId)
				.query(String.class)
				.list());
		Map<String, String> verdicts = new LinkedHashMap<>();
		this.ruleSets.version(version).rules().forEach((r) -> verdicts.put(r.id(), "AGREE"));
		List<MarkForm> given = (marks == null) ? List.of() : marks;
		for (int i = 0; i < given.size(); i++) {
			MarkForm mark = given.get(i);
			String field = "marks[" + i + "]";
			if (mark == null || mark.ruleId() == null || !verdicts.containsKey(mark.ruleId())) {
				throw Problem.invalid("quality.unknown-rule", field + ".ruleId", (mark == null) ? null : mark.ruleId(),
						version);
			}
			String verdict = (mark.verdict() == null) ? "" : mark.verdict().strip().toUpperCase(Locale.ROOT);
			if (!List.of("AGREE", "DISAGREE", "MISSED").contains(verdict)) {
				throw Problem.invalid("quality.bad-verdict", field + ".verdict", mark.verdict());
			}
			verdicts.put(mark.ruleId(), verdict);
		}
		this.jdbc.sql("delete from quality_review_mark where inspection_id = ?").param(inspectionId).update();
		List<Mark> kept = new ArrayList<>();
		for (Map.Entry<String, String> v : verdicts.entrySet()) {
			boolean machine = found.contains(v.getKey());
			boolean human = switch (v.getValue()) {
				case "DISAGREE" -> !machine;
				case "MISSED" -> true;
				default -> machine;
			};
			this.jdbc
				.sql("insert into quality_review_mark (inspection_id, rule_id, machine, human, verdict)"
						+ " values (?, ?, ?, ?, ?)")
				.params(inspectionId, v.getKey(), machine, human, v.getValue())
				.update();
			kept.add(new Mark(v.getKey(), machine, human, v.getValue()));
		}
		this.jdbc
			.sql("update quality_review set status = 'DONE', reviewer = ?, reviewed_at = ? where inspection_id = ?")
			.params(actor.username(), Timestamp.from(this.clock.instant()), inspectionId)
			.update();
		this.audit.record(actor.username(), "QUALITY_REVIEW", "quality-inspection:" + inspectionId, "OK",
				kept.stream().filter((m) -> !m.verdict().equals("AGREE")).count() + " disagreements");
		return kept;
	}

	/** Cohen's κ per rule and overall over the reviews of the calls of a period. */
	@Transactional(readOnly = true)
	public Agreement agreement(String from, String to, Actor actor) {
		actor.requireAny(Role.QUALITY, Role.SUPERVISOR);
		Days days = Days.of(from, to, this.clock.instant());
		List<Map<String, Object>> rows = this.jdbc.sql("""
				select m.rule_id, count(*) filter (where m.machine and m.human) as yy,
				    count(*) filter (where m.machine and not m.human) as yn,
				    count(*) filter (where not m.machine and m.human) as ny,
				    count(*) filter (where not m.machine and not m.human) as nn
				from quality_review_mark m join quality_inspection i on i.id = m.inspection_id
				where i.ended_at >= ? and i.ended_at < ? group by m.rule_id order by m.rule_id""")
			.params(Timestamp.from(days.start()), Timestamp.from(days.end()))
			.query()
			.listOfRows();
		List<RuleAgreement> perRule = rows.stream()
			.map((r) -> agreement((String) r.get("rule_id"), n(r, "yy"), n(r, "yn"), n(r, "ny"), n(r, "nn")))
			.collect(Collectors.toList());
		RuleAgreement overall = agreement(null, perRule.stream().mapToLong(RuleAgreement::bothYes).sum(),
				perRule.stream().mapToLong(RuleAgreement::machineOnly).sum(),
				perRule.stream().mapToLong(RuleAgreement::humanOnly).sum(),
				perRule.stream().mapToLong(RuleAgreement::bothNo).sum());
		long reviewed = this.jdbc.sql("""
				select count(*) from quality_review r join quality_inspection i on i.id = r.inspection_id
				where r.status = 'DONE' and i.ended_at >= ? and i.ended_at < ?""")
			.params(Timestamp.from(days.start()), Timestamp.from(days.end()))
			.query(Long.class)
			.single();
		return new Agreement(reviewed, overall, perRule);
	}

	/**
	 * The share of inspected calls sampled for review and the predicted satisfaction
	 * below which a call goes to review.
	 */
	@Transactional(readOnly = true)
	public Settings settings(Actor actor) {
		actor.requireAny(Role.QUALITY, Role.SUPERVISOR);
		return new Settings(InspectionRun.sampleRate(this.jdbc), ModelDissatisfaction.threshold(this.jdbc));
	}

	/** Saves what is given of the settings (at least one); what is not given stays. */
	@Transactional
	public Settings saveSettings(Settings settings, Actor actor) {
		actor.requireAny(Role.QUALITY);
		if (settings == null || (settings.sampleRate() == null && settings.dissatisfiedBelow() == null)) {
			throw Problem.invalid("request.required", "sampleRate");
		}
		Double rate = settings.sampleRate();
		if (rate != null && !(rate >= 0 && rate <= 1)) {
			throw Problem.invalid("quality.bad-sample-rate", "sampleRate", rate);
		}
		Double below = settings.dissatisfiedBelow();
		if (below != null && !(below >= -2 && below <= 2)) {
			throw Problem.invalid("quality.bad-dissatisfied-below", "dissatisfiedBelow", below);
		}
		if (rate != null) {
			save("sample-rate", rate);
		}
		if (below != null) {
			save("dissatisfied-below", below);
		}
		Settings saved = settings(actor);
		this.audit.record(actor.username(), "QUALITY_SETTINGS", "quality-settings", "OK",
				"sample rate " + saved.sampleRate() + ", dissatisfied below " + saved.dissatisfiedBelow());
		return saved;
	}

	private void save(String name, double value) {
		this.jdbc.sql("""
				insert into quality_setting (name, value) values (?, ?)
				on conflict (name) do update set value = excluded.value""")
			.params(name, String.valueOf(value))
			.update();
	}

	private static long n(Map<String, Object> row, String column) {
		return ((Number) row.get(column)).longValue();
	}

	private static RuleAgreement agreement(String ruleId, long yy, long yn, long ny, long nn) {
		double kappa = Kappa.of(yy, yn, ny, nn);
		return new RuleAgreement(ruleId, yy + yn + ny + nn, yy, yn, ny, nn, Double.isNaN(kappa) ? null : kappa);
	}

	/** A sampled inspection waiting for (or done by) a reviewer. */
	public record Queued(long inspectionId, String callId, Long orderId, String agent, int score, int findings,
			String reason, String status, Instant queuedAt, String reviewer, Instant reviewedAt) {
	}

	/** A reviewer's mark on a rule: AGREE, DISAGREE or MISSED. */
	public record MarkForm(String ruleId, String verdict) {
	}

	/** A mark as kept: whether the machine and the human find the rule applies. */
	public record Mark(String ruleId, boolean machine, boolean human, String verdict) {
	}

	/** The agreement on a rule (or overall, without a rule): the 2×2 table and κ. */
	public record RuleAgreement(String ruleId, long judged, long bothYes, long machineOnly, long humanOnly, long bothNo,
			Double kappa) {
	}

	/** The calls reviewed and the agreement overall and per rule. */
	public record Agreement(long reviewed, RuleAgreement overall, List<RuleAgreement> perRule) {
	}

	/**
	 * The review sample's rate (0.03: 3 %) and the predicted satisfaction S (−2…2) below
	 * which a call goes to review (−0.5).
	 */
	public record Settings(Double sampleRate, Double dissatisfiedBelow) {
	}

}
