package io.hotline.workforce.roster.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.org.UserAccounts;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The groups of agents (班组, from the workforce profiles) and their team leaders: a team
 * leader (SUPERVISOR) sees and decides the requests of the groups they lead.
 * Administrators name the leaders; every change audited.
 */
@RestController
class GroupController {

	private final JdbcClient jdbc;

	private final UserAccounts accounts;

	private final AuditTrail audit;

	GroupController(JdbcClient jdbc, UserAccounts accounts, AuditTrail audit) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
	}

	/** Every group with its active agents' count and its leaders. */
	@GetMapping("/api/workforce/groups")
	List<Map<String, Object>> groups(Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		Map<String, Map<String, Object>> groups = new TreeMap<>();
		this.jdbc.sql("select group_name, count(*) filter (where active) from workforce_profile group by group_name")
			.query((rs, n) -> group(groups, rs.getString(1)).put("agents", rs.getLong(2)))
			.list();
		this.jdbc.sql("select group_name, username from workforce_group_leader order by username")
			.query((rs, n) -> leaders(group(groups, rs.getString(1))).add(rs.getString(2)))
			.list();
		return new ArrayList<>(groups.values());
	}

	/**
	 * Names the group's team leaders (users with the SUPERVISOR role), replacing those
	 * before.
	 */
	@PutMapping("/api/workforce/groups/{group}/leaders")
	@Transactional
	Map<String, Object> leaders(@PathVariable String group, @RequestBody(required = false) LeadersBody body,
			Actor actor) {
		actor.requireAny(Role.ADMIN);
		if (group == null || group.isBlank()) {
			throw Problem.invalid("workforce.group-required");
		}
		List<String> leaders = (body != null && body.leaders() != null) ? body.leaders() : List.of();
		for (String leader : leaders) {
			boolean supervisor = (leader != null) && this.accounts.profile(leader)
				.map((profile) -> profile.roles().contains(Role.SUPERVISOR))
				.orElse(false);
			if (!supervisor) {
				throw Problem.invalid("workforce.group.not-a-leader", leader);
			}
		}
		this.jdbc.sql("delete from workforce_group_leader where group_name = ?").param(group).update();
		for (String leader : leaders) {
			this.jdbc
				.sql("insert into workforce_group_leader (group_name, username) values (?, ?) on conflict do nothing")
				.params(group, leader)
				.update();
		}
		this.audit.record(actor.username(), "workforce.group.leaders", "workforce-group:" + group, "OK",
				String.join(", ", leaders));
		return groups(actor).stream()
			.filter((g) -> group.equals(g.get("group")))
			.findFirst()
			.orElseGet(() -> Map.of("group", group, "agents", 0, "leaders", leaders));
	}

	private static Map<String, Object> group(Map<String, Map<String, Object>> groups, String name) {
		return groups.computeIfAbsent(name, (n) -> {
			Map<String, Object> group = new LinkedHashMap<>();
			group.put("group", n);
			group.put("agents", 0L);
			group.put("leaders", new ArrayList<String>());
			return group;
		});
	}

	@SuppressWarnings("unchecked")
	private static List<String> leaders(Map<String, Object> group) {
		return (List<String>) group.get("leaders");
	}

	record LeadersBody(List<String> leaders) {
	}

}
