package io.hotline.quality;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inspects what ended and was not inspected: the calls that ended more than the grace
 * period ago (late transcripts) and the orders registered without a call, by the active
 * rule set. Each is inspected once, even by runs on several instances at once or after a
 * crash: its row ({@code quality_inspection.subject}) is unique, written with its
 * findings in one transaction. A sample (the rate the quality team sets, drawn by a seed
 * per day) and the calls predicted dissatisfying go to human review.
 */
@Service
public class InspectionRun {

	private final Subjects subjects;

	private final RuleSets ruleSets;

	private final Inspector inspector;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final InspectionSettings settings;

	private final PredictedDissatisfaction dissatisfaction;

	private final Clock clock;

	InspectionRun(Subjects subjects, RuleSets ruleSets, Inspector inspector, JdbcClient jdbc,
			PlatformTransactionManager transactions, InspectionSettings settings,
			PredictedDissatisfaction dissatisfaction, Clock clock) {
		this.subjects = subjects;
		this.ruleSets = ruleSets;
		this.inspector = inspector;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.settings = settings;
		this.dissatisfaction = dissatisfaction;
		this.clock = clock;
	}

	/** Inspects what is due; answers how many this run inspected. */
	public int catchUp() {
		Instant now = this.clock.instant();
		Instant to = now.minus(this.settings.grace());
		Instant from = now.minus(this.settings.lookback());
		Run run = new Run(this.ruleSets.active(), sampleRate(this.jdbc), new HashMap<>());
		int inspected = 0;
		for (Subjects.Subject subject : this.subjects.uninspectedCalls(from, to, this.settings.batch())) {
			inspected += keep(subject, run) ? 1 : 0;
		}
		for (Subjects.Subject subject : this.subjects.uninspectedOrders(from, to, this.settings.batch())) {
			inspected += keep(subject, run) ? 1 : 0;
		}
		return inspected;
	}

	/**
	 * What every subject of one run shares, read once: the active rule set with its rules
	 * by id, the sample rate, and the agents' teams as they are looked up.
	 */
	private record Run(RuleSet rules, Map<String, Rule> byId, double sampleRate, Map<String, Optional<String>> teams) {

		Run(RuleSet rules, double sampleRate, Map<String, Optional<String>> teams) {
			this(rules, rules.rules().stream().collect(Collectors.toMap(Rule::id, Function.identity(), (a, b) -> a)),
					sampleRate, teams);
		}

	}

	private boolean keep(Subjects.Subject subject, Run run) {
		List<Finding> findings = this.inspector.inspect(subject.inspected(), run.rules().rules());
		int score = Inspector.score(findings, run.rules().rules());
		boolean dissatisfied = this.dissatisfaction.dissatisfied(subject.inspected());
		Boolean kept = this.transactions.execute((tx) -> store(subject, run, findings, score, dissatisfied));
		return Boolean.TRUE.equals(kept);
	}

	private boolean store(Subjects.Subject subject, Run run, List<Finding> findings, int score, boolean dissatisfied) {
		Instant now = this.clock.instant();
		RuleSet rules = run.rules();
		String team = run.teams()
			.computeIfAbsent((subject.agent() == null) ? "" : subject.agent(),
					(agent) -> this.jdbc.sql("select group_name from quality_agent_team where username = ?")
						.param(agent)
						.query(String.class)
						.optional())
			.orElse(null);
		String reason = dissatisfied ? "DISSATISFIED" : sampled(subject.key(), now, run.sampleRate()) ? "SAMPLE" : null;
		Inspected.CallFacts call = subject.inspected().call();
		Inspected.OrderFacts order = subject.inspected().order();
		Optional<Long> id = this.jdbc
			.sql("""
					insert into quality_inspection (subject, call_id, order_id, agent, team, caller, rule_set_version, heard,
					    score, finding_count, ended_at, inspected_at, lag_ms, sampled)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (subject) do nothing returning id""")
			.params(subject.key(), (call == null) ? null : call.callId(), (order == null) ? null : order.id(),
					subject.agent(), team, subject.caller(), rules.version(), subject.inspected().heard(), score,
					findings.size(), Timestamp.from(subject.endedAt()), Timestamp.from(now),
					Math.max(0, now.toEpochMilli() - subject.endedAt().toEpochMilli()), reason != null)
			.query(Long.class)
			.optional();
		if (id.isEmpty()) {
			return false;
		}
		for (Finding f : findings) {
			Rule rule = run.byId().get(f.ruleId());
			this.jdbc.sql("""
					insert into quality_finding (inspection_id, rule_id, rule_name, kind, severity, points, message,
					    utterance, speaker, at_ms, quote) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id.get(), rule.id(), rule.name(), rule.kind(), rule.severity().name(), rule.points(),
						f.message(), f.utterance(), (f.speaker() == null) ? null : f.speaker().name(),
						(f.at() == null) ? null : f.at().toMillis(), f.quote())
				.update();
		}
		if (reason != null) {
			this.jdbc.sql("""
					insert into quality_review (inspection_id, reason, status, queued_at) values (?, ?, 'PENDING', ?)
					on conflict do nothing""").params(id.get(), reason, Timestamp.from(now)).update();
		}
		return true;
	}

	/** Whether the subject falls in the day's random sample (a seed per day). */
	private static boolean sampled(String key, Instant now, double rate) {
		long day = LocalDate.ofInstant(now, ZoneOffset.UTC).toEpochDay();
		return new SplittableRandom(day * 1_000_003L + key.hashCode()).nextDouble() < rate;
	}

	static double sampleRate(JdbcClient jdbc) {
		return jdbc.sql("select value from quality_setting where name = 'sample-rate'")
			.query(String.class)
			.optional()
			.map(Double::parseDouble)
			.orElse(0.03);
	}

}
