package io.hotline.workforce.requests;

import java.util.List;
import java.util.Optional;

import io.hotline.workforce.AgentGroups;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link AgentGroups} over {@code workforce_profile} (an agent's group) and
 * {@code workforce_group_leader}.
 */
@Component
class GroupDirectory implements AgentGroups {

	private final JdbcClient jdbc;

	GroupDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> members(String group) {
		return this.jdbc.sql("select username from workforce_profile where group_name = ? order by username")
			.param(group)
			.query(String.class)
			.list();
	}

	@Override
	public Optional<String> groupOf(String agent) {
		return this.jdbc.sql("select group_name from workforce_profile where username = ?")
			.param(agent)
			.query(String.class)
			.optional();
	}

	@Override
	public List<String> ledBy(String leader) {
		return this.jdbc.sql("select group_name from workforce_group_leader where username = ? order by group_name")
			.param(leader)
			.query(String.class)
			.list();
	}

}
