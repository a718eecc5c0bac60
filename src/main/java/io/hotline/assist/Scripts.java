package io.hotline.assist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.hotline.catalog.Catalog;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.InputText;
import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;
import io.hotline.workorder.WorkOrders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scripts (话术): read by staff who take calls, written by administrators and quality
 * officers, each change audited, an edit of a version since changed refused.
 */
@Service
class Scripts {

	private static final String SELECT = "select * from assist_script";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final WorkOrders orders;

	private final Catalog catalog;

	Scripts(JdbcClient jdbc, AuditTrail audit, WorkOrders orders, Catalog catalog) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.orders = orders;
		this.catalog = catalog;
	}

	/** The columns the list sorts by, and their SQL. */
	static final Map<String, String> SORTS = Map.of("position", "position", "code", "code", "name", "name", "situation",
			"situation", "orderType", "order_type", "categoryCode", "category_code", "enabled", "enabled", "changedAt",
			"changed_at");

	/** A page of scripts and how many match in all. */
	record Page(List<Script> items, long total, int offset, int limit) {

	}

	/**
	 * The scripts in a situation (or any), enabled or not (or both), holding words in
	 * their code, name or text, sorted and paged.
	 */
	@Transactional(readOnly = true)
	Page page(String situation, String enabled, String words, ListParameters page, Actor actor) {
		actor.requireAny(Role.AGENT, Role.SUPERVISOR, Role.ADMIN, Role.QUALITY);
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder(" where true");
		if (situation != null && !situation.isBlank()) {
			where.append(" and situation = ?");
			params.add(ScriptInput.parse(Situation.class, situation, "situation").name());
		}
		if (enabled != null && !enabled.isBlank()) {
			if (!enabled.strip().equals("true") && !enabled.strip().equals("false")) {
				throw Problem.invalid("request.bad-value", "enabled", enabled);
			}
			where.append(" and enabled = ?");
			params.add(Boolean.parseBoolean(enabled.strip()));
		}
		if (words != null && !words.isBlank()) {
			where.append(" and (strpos(code, ?) > 0 or strpos(name, ?) > 0 or strpos(text, ?) > 0)");
			String w = InputText.limited(words.strip(), "q", 200);
			params.addAll(List.of(w, w, w));
		}
		long total = this.jdbc.sql("select count(*) from assist_script" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.add(page.limit());
		params.add(page.offset());
		List<Script> rows = this.jdbc
			.sql(SELECT + where + " order by " + SORTS.get(page.sort()) + " " + page.direction() + ", code "
					+ page.direction() + " limit ? offset ?")
			.params(params)
			.query(Scripts::script)
			.list();
		return new Page(rows, total, page.offset(), page.limit());
	}

	/** The enabled scripts, in their order (guidance). */
	List<Script> enabled() {
		return this.jdbc.sql(SELECT + " where enabled order by position, code").query(Scripts::script).list();
	}

	@Transactional
	Script create(ScriptInput input, Actor actor) {
		actor.requireAny(Role.ADMIN, Role.QUALITY);
		Script script = checked(input);
		if (this.jdbc.sql("select count(*) from assist_script where code = ?")
			.param(script.code())
			.query(Long.class)
			.single() > 0) {
			throw Problem.conflict("assist.code-taken", script.code());
		}
		long id = this.jdbc.sql("""
				insert into assist_script (code, name, situation, order_type, category_code, service, text, position,
					enabled, changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(script.code(), script.name(), script.situation().name(), script.orderType(), script.categoryCode(),
					script.service(), script.text(), script.position(), script.enabled(), actor.username(),
					Timestamp.from(this.orders.now()))
			.query(Long.class)
			.single();
		Script created = find(id);
		this.audit.record(actor.username(), "ASSIST_SCRIPT_CREATE", "script " + created.code(), "OK",
				describe(created));
		return created;
	}

	@Transactional
	Script update(long id, ScriptInput input, Actor actor) {
		actor.requireAny(Role.ADMIN, Role.QUALITY);
		Script script = checked(input);
		if (input.version() == null) {
			throw Problem.invalid("request.required", "version");
		}
		Script current = find(id);
		if (!current.code().equals(script.code())) {
			throw Problem.invalid("assist.code-fixed", current.code(), script.code());
		}
		int updated = this.jdbc.sql("""
				update assist_script set name = ?, situation = ?, order_type = ?, category_code = ?, service = ?,
					text = ?, position = ?, enabled = ?, version = version + 1, changed_by = ?, changed_at = ?
				where id = ? and version = ?""")
			.params(script.name(), script.situation().name(), script.orderType(), script.categoryCode(),
					script.service(), script.text(), script.position(), script.enabled(), actor.username(),
					Timestamp.from(this.orders.now()), id, input.version())
			.update();
		if (updated == 0) {
			throw Problem.conflict("assist.stale", current.code(), current.version(), input.version(),
					current.changedBy());
		}
		Script changed = find(id);
		this.audit.record(actor.username(), "ASSIST_SCRIPT_UPDATE", "script " + changed.code(), "OK",
				describe(changed));
		return changed;
	}

	@Transactional
	void delete(long id, Actor actor) {
		actor.requireAny(Role.ADMIN, Role.QUALITY);
		Script current = find(id);
		this.jdbc.sql("delete from assist_script where id = ?").param(id).update();
		this.audit.record(actor.username(), "ASSIST_SCRIPT_DELETE", "script " + current.code(), "OK",
				describe(current));
	}

	private Script checked(ScriptInput input) {
		if (input == null) {
			throw Problem.invalid("request.body-required");
		}
		Script script = input.valid();
		if (script.categoryCode() != null && this.catalog.category(script.categoryCode()).isEmpty()) {
			throw Problem.invalid("request.bad-value", "categoryCode", script.categoryCode());
		}
		return script;
	}

	private Script find(long id) {
		return this.jdbc.sql(SELECT + " where id = ?")
			.param(id)
			.query(Scripts::script)
			.optional()
			.orElseThrow(() -> Problem.notFound("assist.unknown-script", id));
	}

	private static String describe(Script script) {
		return "v" + script.version() + " " + script.situation() + " type=" + script.orderType() + " category="
				+ script.categoryCode() + " service=" + script.service() + " enabled=" + script.enabled() + " text="
				+ script.text();
	}

	private static Script script(ResultSet rs, int n) throws SQLException {
		return new Script(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				Situation.valueOf(rs.getString("situation")), rs.getString("order_type"), rs.getString("category_code"),
				rs.getString("service"), rs.getString("text"), rs.getInt("position"), rs.getBoolean("enabled"),
				rs.getInt("version"), rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant());
	}

}
