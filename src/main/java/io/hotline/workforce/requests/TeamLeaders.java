package io.hotline.workforce.requests;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose requests a team leader sees and decides: those of the agents of the groups they
 * lead ({@code workforce_group_leader}, the agent's group from their workforce profile);
 * an administrator everyone's.
 */
@Component
class TeamLeaders {

	/**
	 * The requesters a leader's list is narrowed to (the leader's name is its parameter).
	 */
	static final String LED_AGENTS = """
			select p.username from workforce_profile p
			join workforce_group_leader l on l.group_name = p.group_name where l.username = ?""";

	private final JdbcClient jdbc;

	TeamLeaders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the actor leads the agent's group (an administrator leads every group). */
	boolean leads(Actor actor, String agent) {
		if (actor.has(Role.ADMIN)) {
			return true;
		}
		return actor.has(Role.SUPERVISOR) && this.jdbc.sql("select exists (" + LED_AGENTS + " and p.username = ?)")
			.params(actor.username(), agent)
			.query(Boolean.class)
			.single();
	}

	/** 403 unless the actor leads the group of the request's requester. */
	void require(Actor actor, StaffRequest request) {
		if (!leads(actor, request.requester())) {
			throw Problem.forbidden("workforce.request.not-your-group", request.id(), request.requester());
		}
	}

}
