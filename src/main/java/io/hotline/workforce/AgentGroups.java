package io.hotline.workforce;

import java.util.List;
import java.util.Optional;

/**
 * The groups of agents (班组) as the workforce profiles keep them, and their team leaders:
 * for other modules that address a group or show a leader their agents (training).
 */
public interface AgentGroups {

	/** The agents of the group, by name; empty for an unknown group. */
	List<String> members(String group);

	/** The agent's group, if they have a workforce profile. */
	Optional<String> groupOf(String agent);

	/** The groups the user leads (none for a user who leads none). */
	List<String> ledBy(String leader);

}
