package io.hotline.quality;

import java.util.List;
import java.util.Map;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whose inspections a person sees: the quality team (QUALITY) and administrators all;
 * team leaders (SUPERVISOR) those of the agents of the groups they lead; agents their
 * own. As SQL over {@code quality_inspection i} with named parameters.
 */
record Sight(boolean all, String agent, String leader, List<String> teams) {

	static Sight of(Actor actor, JdbcClient jdbc) {
		if (actor.has(Role.ADMIN) || actor.has(Role.QUALITY)) {
			return new Sight(true, null, null, List.of());
		}
		if (actor.has(Role.SUPERVISOR)) {
			return new Sight(false, null, actor.username(),
					jdbc.sql("select group_name from quality_team_leader where username = ?")
						.param(actor.username())
						.query(String.class)
						.list());
		}
		if (actor.has(Role.AGENT)) {
			return new Sight(false, actor.username(), null, List.of());
		}
		throw Problem.forbidden("access.role-needed", "[AGENT, SUPERVISOR, QUALITY]", actor.roles());
	}

	/** The condition on {@code i}, its parameters added to {@code params}. */
	String where(Map<String, Object> params) {
		if (this.all) {
			return "true";
		}
		if (this.agent != null) {
			params.put("sightAgent", this.agent);
			return "i.agent = :sightAgent";
		}
		params.put("sightLeader", this.leader);
		return "i.team in (select group_name from quality_team_leader where username = :sightLeader)";
	}

	/** Whether the inspection of this agent in this team is in sight. */
	boolean sees(String agentOf, String teamOf) {
		return this.all || (this.agent != null && this.agent.equals(agentOf))
				|| (this.agent == null && teamOf != null && this.teams.contains(teamOf));
	}

}
