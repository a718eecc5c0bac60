package io.hotline.training;

import java.util.ArrayList;
import java.util.List;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.Problem;
import io.hotline.workforce.AgentGroups;

import org.springframework.stereotype.Component;

/**
 * Whose training a user sees: their own; a team leader (SUPERVISOR) that of the agents of
 * the groups they lead; QUALITY and ADMIN everyone's.
 */
@Component
class TrainingAccess {

	private final AgentGroups groups;

	TrainingAccess(AgentGroups groups) {
		this.groups = groups;
	}

	static boolean seesAll(Actor actor) {
		return actor.has(Role.QUALITY) || actor.has(Role.ADMIN);
	}

	boolean sees(Actor actor, String agent) {
		if (actor.username().equals(agent) || seesAll(actor)) {
			return true;
		}
		return actor.has(Role.SUPERVISOR)
				&& this.groups.groupOf(agent).map((g) -> this.groups.ledBy(actor.username()).contains(g)).orElse(false);
	}

	void require(Actor actor, String agent) {
		if (!sees(actor, agent)) {
			throw Problem.forbidden("training.not-yours", agent);
		}
	}

	/**
	 * The agents whose progress the user's lists show: null for everyone (QUALITY,
	 * ADMIN), the members of the groups a team leader leads, else the user alone.
	 */
	List<String> visible(Actor actor) {
		if (seesAll(actor)) {
			return null;
		}
		List<String> agents = new ArrayList<>();
		if (actor.has(Role.SUPERVISOR)) {
			for (String group : this.groups.ledBy(actor.username())) {
				agents.addAll(this.groups.members(group));
			}
		}
		agents.add(actor.username());
		return agents;
	}

	/** The group's agents, for an exam; 403 for a team leader who does not lead it. */
	List<String> group(Actor actor, String group) {
		if (!seesAll(actor) && !this.groups.ledBy(actor.username()).contains(group)) {
			throw Problem.forbidden("training.not-your-group", group);
		}
		List<String> members = this.groups.members(group);
		if (members.isEmpty()) {
			throw Problem.invalid("training.empty-group", group);
		}
		return members;
	}

	String groupOf(String agent) {
		return this.groups.groupOf(agent).orElse(null);
	}

}
