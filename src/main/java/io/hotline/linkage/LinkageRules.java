package io.hotline.linkage;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AfterCommit;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;
import io.hotline.workorder.WorkOrders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of 智能联动: listed, written, edited and deleted by administrators and
 * supervisors (each change audited, an edit of a version since changed refused), and
 * checked against a text. The enabled rules are kept for checks for at most
 * {@link #FRESH} and forgotten at once on this node's own changes, so that an edit counts
 * at once here and within two seconds on every other node, without a query for each
 * registration.
 */
@Service
public class LinkageRules {

	/** The longest text checked. */
	static final int MAX_TEXT = 10_000;

	/** How long the enabled rules read for checks are used before they are read again. */
	static final Duration FRESH = Duration.ofSeconds(2);

	private final JdbcClient jdbc;

	/** The enabled rules for checks, with when they were read; null until read. */
	private volatile Enabled enabled;

	private final AuditTrail audit;

	private final WorkOrders orders;

	LinkageRules(JdbcClient jdbc, AuditTrail audit, WorkOrders orders) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.orders = orders;
	}

	/**
	 * The rules that fire on the text, enabled ones only, in the order of their codes.
	 */
	public List<LinkageHit> evaluate(String text) {
		List<LinkageHit> hits = new ArrayList<>();
		for (LinkageRule rule : enabled()) {
			List<String> words = rule.fire(text);
			if (!words.isEmpty()) {
				hits.add(LinkageHit.of(rule, words));
			}
		}
		return hits;
	}

	private List<LinkageRule> enabled() {
		Enabled known = this.enabled;
		long now = System.nanoTime();
		if (known == null || now - known.readAt() > FRESH.toNanos()) {
			known = new Enabled(this.jdbc.sql(SELECT + " where enabled order by code").query(LinkageRules::rule).list(),
					now);
			this.enabled = known;
		}
		return known.rules();
	}

	/**
	 * Read again at the next check once this change is committed: a rule was written
	 * here.
	 */
	private void forgetEnabled() {
		AfterCommit.run(() -> this.enabled = null);
	}

	/**
	 * The rules that fire on a text the agent is typing, or whether a rule being written
	 * ({@code draft}) would fire on it.
	 */
	public List<LinkageHit> check(String text, RuleInput draft, Actor actor) {
		actor.requireAny(Role.AGENT, Role.DISPATCHER, Role.SUPERVISOR, Role.ADMIN);
		if (text == null || text.isBlank()) {
			throw Problem.invalid("request.required", "text");
		}
		if (text.length() > MAX_TEXT) {
			throw Problem.invalid("linkage.text-too-long", MAX_TEXT);
		}
		if (draft == null) {
			return evaluate(text);
		}
		LinkageRule rule = draft.valid();
		List<String> words = rule.fire(text);
		return words.isEmpty() ? List.of() : List.of(LinkageHit.of(rule, words));
	}

	@Transactional(readOnly = true)
	public List<LinkageRule> list(Actor actor) {
		actor.requireAny(Role.ADMIN, Role.SUPERVISOR);
		return this.jdbc.sql(SELECT + " order by kind, code").query(LinkageRules::rule).list();
	}

	@Transactional(readOnly = true)
	public LinkageRule get(long id, Actor actor) {
		actor.requireAny(Role.ADMIN, Role.SUPERVISOR);
		return find(id);
	}

	@Transactional
	public LinkageRule create(RuleInput input, Actor actor) {
		actor.requireAny(Role.ADMIN, Role.SUPERVISOR);
		LinkageRule rule = required(input).valid();
		if (this.jdbc.sql("select count(*) from linkage_rule where code = ?")
			.param(rule.code())
			.query(Long.class)
			.single() > 0) {
			throw Problem.conflict("linkage.code-taken", rule.code());
		}
		long id = this.jdbc.sql("""
				insert into linkage_rule (code, name, kind, service, risk_type, triggers, exclusions, min_matches,
					enabled, changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(rule.code(), rule.name(), rule.kind().name(), rule.service(), name(rule.riskType()),
					rule.triggers().toArray(String[]::new), rule.exclusions().toArray(String[]::new), rule.minMatches(),
					rule.enabled(), actor.username(), Timestamp.from(this.orders.now()))
			.query(Long.class)
			.single();
		LinkageRule created = find(id);
		forgetEnabled();
		this.audit.record(actor.username(), "LINKAGE_RULE_CREATE", target(created), "OK", describe(created));
		return created;
	}

	/**
	 * Replaces the rule's fields; refused when the rule changed since {@code version}.
	 */
	@Transactional
	public LinkageRule update(long id, RuleInput input, Actor actor) {
		actor.requireAny(Role.ADMIN, Role.SUPERVISOR);
		LinkageRule rule = required(input).valid();
		if (input.version() == null) {
			throw Problem.invalid("request.required", "version");
		}
		LinkageRule current = find(id);
		if (!current.code().equals(rule.code())) {
			throw Problem.invalid("linkage.code-fixed", current.code(), rule.code());
		}
		int updated = this.jdbc.sql("""
				update linkage_rule set name = ?, kind = ?, service = ?, risk_type = ?, triggers = ?, exclusions = ?,
					min_matches = ?, enabled = ?, version = version + 1, changed_by = ?, changed_at = ?
				where id = ? and version = ?""")
			.params(rule.name(), rule.kind().name(), rule.service(), name(rule.riskType()),
					rule.triggers().toArray(String[]::new), rule.exclusions().toArray(String[]::new), rule.minMatches(),
					rule.enabled(), actor.username(), Timestamp.from(this.orders.now()), id, input.version())
			.update();
		if (updated == 0) {
			throw stale(current, input.version());
		}
		LinkageRule changed = find(id);
		forgetEnabled();
		this.audit.record(actor.username(), "LINKAGE_RULE_UPDATE", target(changed), "OK", describe(changed));
		return changed;
	}

	/** Deletes the rule; with a version, only if the rule is still at it. */
	@Transactional
	public void delete(long id, Integer version, Actor actor) {
		actor.requireAny(Role.ADMIN, Role.SUPERVISOR);
		LinkageRule current = find(id);
		int deleted = this.jdbc.sql("delete from linkage_rule where id = ? and (cast(? as int) is null or version = ?)")
			.params(id, version, version)
			.update();
		if (deleted == 0) {
			throw stale(current, version);
		}
		forgetEnabled();
		this.audit.record(actor.username(), "LINKAGE_RULE_DELETE", target(current), "OK", describe(current));
	}

	private LinkageRule find(long id) {
		return this.jdbc.sql(SELECT + " where id = ?")
			.param(id)
			.query(LinkageRules::rule)
			.optional()
			.orElseThrow(() -> Problem.notFound("linkage.unknown-rule", id));
	}

	private static Problem stale(LinkageRule current, Integer version) {
		return Problem.conflict("linkage.stale", current.code(), current.version(), version, current.changedBy());
	}

	private static RuleInput required(RuleInput input) {
		if (input == null) {
			throw Problem.invalid("request.body-required");
		}
		return input;
	}

	private static String target(LinkageRule rule) {
		return "linkage rule " + rule.code();
	}

	private static String describe(LinkageRule rule) {
		return "v" + rule.version() + " " + rule.kind() + " "
				+ ((rule.service() != null) ? rule.service() : rule.riskType()) + " triggers=" + rule.triggers()
				+ " exclusions=" + rule.exclusions() + " min=" + rule.minMatches() + " enabled=" + rule.enabled();
	}

	private static String name(Enum<?> value) {
		return (value == null) ? null : value.name();
	}

	private record Enabled(List<LinkageRule> rules, long readAt) {
	}

	private static final String SELECT = "select * from linkage_rule";

	private static LinkageRule rule(ResultSet rs, int n) throws SQLException {
		String risk = rs.getString("risk_type");
		return new LinkageRule(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				RuleKind.valueOf(rs.getString("kind")), rs.getString("service"),
				(risk == null) ? null : RiskType.valueOf(risk), words(rs.getArray("triggers")),
				words(rs.getArray("exclusions")), rs.getInt("min_matches"), rs.getBoolean("enabled"),
				rs.getInt("version"), rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant());
	}

	private static List<String> words(Array array) throws SQLException {
		return (array == null) ? List.of() : List.of((String[]) array.getArray());
	}

}
