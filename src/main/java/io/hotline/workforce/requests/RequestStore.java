package io.hotline.workforce.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Requests in the database. */
@Component
class RequestStore {

	/** The list's sort keys and their columns. */
	static final Map<String, String> SORTS = Map.of("createdAt", "created_at", "firstDay", "first_day", "status",
			"status", "kind", "kind", "requester", "requester");

	private final JdbcClient jdbc;

	RequestStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(StaffRequest request) {
		return this.jdbc.sql("""
				insert into workforce_request (kind, status, requester, first_day, last_day, leave_kind, reason,
				                               shift_code, partner, partner_day, partner_shift)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(request.kind().name(), request.status().name(), request.requester(), request.firstDay(),
					request.lastDay(), request.leaveKind(), request.reason(), request.shift(), request.partner(),
					request.partnerDay(), request.partnerShift())
			.query(Long.class)
			.single();
	}

	StaffRequest find(long id) {
		return this.jdbc.sql("select * from workforce_request where id = ?")
			.param(id)
			.query(RequestStore::request)
			.optional()
			.orElseThrow(() -> Problem.notFound("workforce.request.not-found", id));
	}

	/** The request, locked until the transaction ends. */
	StaffRequest lock(long id) {
		return this.jdbc.sql("select * from workforce_request where id = ? for update")
			.param(id)
			.query(RequestStore::request)
			.optional()
			.orElseThrow(() -> Problem.notFound("workforce.request.not-found", id));
	}

	/** An open or approved leave of the agent that shares a day with these. */
	Optional<Long> overlappingLeave(String agent, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select id from workforce_request
				where requester = ? and kind = 'LEAVE' and status in ('PENDING', 'APPROVED')
				  and first_day <= ? and last_day >= ? order by id limit 1""")
			.params(agent, to, from)
			.query(Long.class)
			.optional();
	}

	void partnerAccepted(long id) {
		this.jdbc.sql("""
				update workforce_request set status = 'PENDING', partner_accepted_at = now() where id = ?""")
			.param(id)
			.update();
	}

	void decide(long id, RequestStatus status, String actor, String comment, Long rosterId) {
		this.jdbc.sql("""
				update workforce_request set status = ?, decided_by = ?, decided_at = now(), decision_comment = ?,
				       roster_id = ? where id = ?""").params(status.name(), actor, comment, rosterId, id).update();
	}

	void leaveApproved(String agent, LocalDate from, LocalDate to, String actor) {
		this.jdbc.sql("""
				insert into workforce_leave (username, day, approved_by)
				select ?, day::date, ? from generate_series(cast(? as date), cast(? as date), interval '1 day') day
				on conflict (username, day) do update set approved_by = excluded.approved_by""")
			.params(agent, actor, from, to)
			.update();
	}

	/**
	 * A page of requests: the agent's own (asked or as the swap's partner) when
	 * {@code whose.agent} is given, those of the agents of the groups
	 * {@code whose.leader} leads when that is given, else everyone's; filtered by status,
	 * kind and days.
	 */
	Page page(Whose whose, RequestFilter filter, ListParameters page) {
		List<Object> params = new ArrayList<>();
		String where = where(whose, filter, params);
		long total = this.jdbc.sql("select count(*) from workforce_request" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.add(page.limit());
		params.add(page.offset());
		List<StaffRequest> rows = this.jdbc
			.sql("select * from workforce_request" + where + " order by " + SORTS.get(page.sort()) + " "
					+ page.direction() + ", id " + page.direction() + " limit ? offset ?")
			.params(params)
			.query(RequestStore::request)
			.list();
		return new Page(rows, total, page.offset(), page.limit());
	}

	private static String where(Whose whose, RequestFilter filter, List<Object> params) {
		StringBuilder where = new StringBuilder(" where true");
		if (whose.agent() != null) {
			where.append(" and (requester = ? or partner = ?)");
			params.add(whose.agent());
			params.add(whose.agent());
		}
		if (whose.leader() != null) {
			where.append(" and requester in (").append(TeamLeaders.LED_AGENTS).append(")");
			params.add(whose.leader());
		}
		if (filter.status() != null) {
			where.append(" and status = ?");
			params.add(filter.status().name());
		}
		if (filter.kind() != null) {
			where.append(" and kind = ?");
			params.add(filter.kind().name());
		}
		if (filter.from() != null) {
			where.append(" and last_day >= ?");
			params.add(filter.from());
		}
		if (filter.to() != null) {
			where.append(" and first_day <= ?");
			params.add(filter.to());
		}
		return where.toString();
	}

	private static StaffRequest request(ResultSet rs, int row) throws SQLException {
		return new StaffRequest(rs.getLong("id"), RequestKind.valueOf(rs.getString("kind")),
				RequestStatus.valueOf(rs.getString("status")), rs.getString("requester"), date(rs, "first_day"),
				date(rs, "last_day"), rs.getString("leave_kind"), rs.getString("reason"), rs.getString("shift_code"),
				rs.getString("partner"), date(rs, "partner_day"), rs.getString("partner_shift"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getString("decided_by"),
				rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decision_comment"),
				(Long) rs.getObject("roster_id"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	record Page(List<StaffRequest> items, long total, int offset, int limit) {
	}

	/**
	 * Whose requests a list shows: an agent's own, a team leader's groups', or (both
	 * null) everyone's.
	 */
	record Whose(String agent, String leader) {
	}

}
