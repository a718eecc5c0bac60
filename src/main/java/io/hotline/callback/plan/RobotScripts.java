package io.hotline.callback.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The robot's scripts, versioned: each save is checked ({@link ScriptGraph#validated})
 * and becomes the next version, which new calls use; a call in progress keeps its
 * version.
 */
@Component
class RobotScripts {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AuditTrail audit;

	private final Clock clock;

	RobotScripts(JdbcClient jdbc, JsonMapper json, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
	}

	record Version(int version, ScriptGraph graph, String createdBy, Instant createdAt) {

	}

	record Summary(int version, int nodes, String createdBy, Instant createdAt) {

	}

	Version latest() {
		return this.jdbc.sql("select * from robot_script order by version desc limit 1").query(this::row).single();
	}

	Version version(int version) {
		return this.jdbc.sql("select * from robot_script where version = ?")
			.param(version)
			.query(this::row)
			.optional()
			.orElseThrow(() -> Problem.notFound("robot-script.not-found", version));
	}

	List<Summary> versions(Actor actor) {
		actor.requireAny(Role.CALLBACK, Role.SUPERVISOR, Role.ADMIN);
		return this.jdbc
			.sql("select version, jsonb_array_length(graph -> 'nodes') as nodes, created_by, created_at "
					+ "from robot_script order by version desc")
			.query((rs, n) -> new Summary(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
			.list();
	}

	@Transactional
	Version save(ScriptGraph graph, Actor actor) {
		actor.requireAny(Role.ADMIN);
		if (graph == null) {
			throw Problem.invalid("robot-script.bad-size", ScriptGraph.MAX_NODES);
		}
		graph.validated();
		this.jdbc.sql("lock table robot_script in share row exclusive mode").update();
		int next = this.jdbc.sql("select coalesce(max(version), 0) + 1 from robot_script")
			.query(Integer.class)
			.single();
		this.jdbc
			.sql("insert into robot_script (version, graph, created_by, created_at) values (?, cast(? as jsonb), ?, ?)")
			.params(next, this.json.writeValueAsString(graph), actor.username(), Timestamp.from(this.clock.instant()))
			.update();
		this.audit.record(actor.username(), "robot-script.save", "robot-script:" + next, "OK",
				graph.nodes().size() + " nodes");
		return version(next);
	}

	private Version row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Version(rs.getInt("version"), this.json.readValue(rs.getString("graph"), ScriptGraph.class),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
	}

}
