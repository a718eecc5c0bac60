package io.hotline.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.InputText;
import io.hotline.platform.Problem;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of the rule set: the active one (version 1 the defaults), the draft the
 * quality team (QUALITY, ADMIN) edits — made from the active one at its first change —
 * and switching the draft on (audited), which retires the version before it.
 */
@Service
public class RuleSets {

	private static final TypeReference<List<Rule>> RULES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AuditTrail audit;

	private final Inspector inspector;

	private final Clock clock;

	RuleSets(JdbcClient jdbc, JsonMapper json, AuditTrail audit, Inspector inspector, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
		this.inspector = inspector;
		this.clock = clock;
	}

	/** The active version; version 1 (the defaults) where none was ever switched on. */
	@Transactional
	public RuleSet active() {
		Optional<RuleSet> active = find("status = 'ACTIVE'");
		if (active.isPresent()) {
			return active.get();
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				insert into quality_rule_set (version, status, rules, note, created_by, created_at, updated_at,
				    activated_by, activated_at)
				values (1, 'ACTIVE', cast(? as jsonb), '默认规则', 'system', ?, ?, 'system', ?) on conflict do nothing""")
			.params(this.json.writeValueAsString(DefaultRules.rules()), now, now, now)
			.update();
		return find("status = 'ACTIVE'").orElseThrow();
	}

	/** The draft, or (where none is being edited) what a draft would start from. */
	@Transactional
	public RuleSet draft(Actor actor) {
		actor.requireAny(Role.QUALITY);
		return find("status = 'DRAFT'").orElseGet(() -> {
			RuleSet active = active();
			return new RuleSet(nextVersion(), "DRAFT", active.rules(), active.version(), null, null, null, null, null,
					null);
		});
	}

	/** Replaces the draft's rules (made from the active version where none). */
	@Transactional
	public RuleSet saveDraft(List<Rule> rules, String note, Actor actor) {
		actor.requireAny(Role.QUALITY);
		List<Rule> checked = RuleChecks.checked(rules, this.inspector.kinds());
		String kept = InputText.limited(note, "note", InputText.NOTE);
		RuleSet draft = editable(actor);
		this.jdbc
			.sql("update quality_rule_set set rules = cast(? as jsonb), note = coalesce(?, note), updated_at = ?"
					+ " where version = ? and status = 'DRAFT'")
			.params(this.json.writeValueAsString(checked), kept, Timestamp.from(this.clock.instant()), draft.version())
			.update();
		this.audit.record(actor.username(), "QUALITY_RULES_EDIT", "quality-rule-set:" + draft.version(), "OK",
				checked.size() + " rules");
		return version(draft.version());
	}

	/** Changes one rule of the draft. */
	@Transactional
	public RuleSet saveRule(String ruleId, Rule rule, Actor actor) {
		actor.requireAny(Role.QUALITY);
		if (rule == null) {
			throw Problem.invalid("request.body-required");
		}
		RuleSet draft = draft(actor);
		draft.rule(ruleId);
		List<Rule> rules = new ArrayList<>();
		for (Rule r : draft.rules()) {
			rules.add(r.id().equals(ruleId) ? new Rule(ruleId, (rule.kind() == null) ? r.kind() : rule.kind(),
					rule.name(), rule.severity(), rule.points(), rule.enabled(), rule.parameters()) : r);
		}
		RuleChecks.checked(rules.get(draft.rules().indexOf(draft.rule(ruleId))), "rule", this.inspector.kinds());
		return saveDraft(rules, null, actor);
	}

	/**
	 * Switches the draft on: it becomes the active version (its rules frozen), the one
	 * before it retired; audited.
	 */
	@Transactional
	public RuleSet activate(String note, Actor actor) {
		actor.requireAny(Role.QUALITY);
		RuleSet draft = find("status = 'DRAFT'").orElseThrow(() -> Problem.conflict("quality.no-draft"));
		RuleSet before = active();
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("update quality_rule_set set status = 'RETIRED', updated_at = ? where status = 'ACTIVE'")
			.param(now)
			.update();
		this.jdbc.sql("""
				update quality_rule_set set status = 'ACTIVE', activated_by = ?, activated_at = ?, updated_at = ?,
				note = coalesce(?, note) where version = ?""")
			.params(actor.username(), now, now, InputText.limited(note, "note", InputText.NOTE), draft.version())
			.update();
		this.audit.record(actor.username(), "QUALITY_RULES_ON", "quality-rule-set:" + draft.version(), "OK",
				"version " + draft.version() + " replaces " + before.version());
		return version(draft.version());
	}

	/** Every version, newest first. */
	@Transactional
	public List<RuleSet> history(Actor actor) {
		actor.requireAny(Role.QUALITY, Role.SUPERVISOR);
		active();
		return this.jdbc.sql("select * from quality_rule_set order by version desc").query(this::ruleSet).list();
	}

	/** A version, or 404. */
	@Transactional(readOnly = true)
	public RuleSet version(int version) {
		return find("version = " + version).orElseThrow(() -> Problem.notFound("quality.version-not-found", version));
	}

	private RuleSet editable(Actor actor) {
		Optional<RuleSet> draft = find("status = 'DRAFT'");
		if (draft.isPresent()) {
			return draft.get();
		}
		RuleSet active = active();
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				insert into quality_rule_set (version, status, rules, based_on, created_by, created_at, updated_at)
				values (?, 'DRAFT', cast(? as jsonb), ?, ?, ?, ?)""")
			.params(nextVersion(), this.json.writeValueAsString(active.rules()), active.version(), actor.username(),
					now, now)
			.update();
		return find("status = 'DRAFT'").orElseThrow();
	}

	private int nextVersion() {
		return this.jdbc.sql("select coalesce(max(version), 0) + 1 from quality_rule_set")
			.query(Integer.class)
			.single();
	}

	private Optional<RuleSet> find(String where) {
		return this.jdbc.sql("select * from quality_rule_set where " + where).query(this::ruleSet).optional();
	}

	private RuleSet ruleSet(ResultSet rs, int row) throws SQLException {
		int basedOn = rs.getInt("based_on");
		Integer based = rs.wasNull() ? null : basedOn;
		return new RuleSet(rs.getInt("version"), rs.getString("status"),
				this.json.readValue(rs.getString("rules"), RULES), based, rs.getString("note"),
				rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "updated_at"),
				rs.getString("activated_by"), instant(rs, "activated_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at == null) ? null : at.toInstant();
	}

}
