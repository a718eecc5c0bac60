package io.hotline.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.hotline.platform.ListParameters;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The progress list: one row per agent who was assigned an exam or took an attempt, from
 * their scored exam attempts (practice sets aside).
 */
@Component
class ProgressStore {

	static final Map<String, String> SORTS = Map.of("username", "username", "firstAt", "first_at", "assigned",
			"assigned", "taken", "taken", "passed", "passed", "failed", "failed", "averageScore", "average_score",
			"lastScore", "last_score", "lastAt", "last_at");

	private static final String ROWS = """
			select p.username,
			       (select min(x) from (select min(a.started_at) as x from training_attempt a where a.username = p.username
			        union all select min(e.created_at) from training_exam e join training_exam_taker t on t.exam_id = e.id
			        where t.username = p.username) f) as first_at,
			       (select count(*) from training_exam_taker t where t.username = p.username) as assigned,
			       count(a.id) as taken,
			       count(a.id) filter (where a.passed) as passed,
			       count(a.id) filter (where not a.passed) as failed,
			       round(avg(a.score)) as average_score,
			       (array_agg(a.score order by a.submitted_at desc) filter (where a.id is not null))[1] as last_score,
			       (array_agg(a.passed order by a.submitted_at desc) filter (where a.id is not null))[1] as last_passed,
			       max(a.submitted_at) as last_at
			from (select username from training_exam_taker union select username from training_attempt) p
			left join training_attempt a on a.username = p.username and a.exam_id is not null and a.status <> 'OPEN'
			group by p.username""";

	private final JdbcClient jdbc;

	ProgressStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of agents among {@code agents} (null: all), filtered by name (contains),
	 * training begun on or after {@code since}, and the last exam's result
	 * ({@code PASSED}, {@code FAILED}, {@code NONE} for none taken).
	 */
	Page<ProgressRow> page(List<String> agents, String name, LocalDate since, String result, ListParameters page) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder(" where true");
		if (agents != null) {
			where.append(" and username = any(?)");
			params.add(agents.toArray(String[]::new));
		}
		if (name != null) {
			where.append(" and strpos(lower(username), lower(?)) > 0");
			params.add(name);
		}
		if (since != null) {
			where.append(" and (first_at at time zone 'Asia/Shanghai')::date >= ?");
			params.add(since);
		}
		if (result != null) {
			where.append(switch (result) {
				case "PASSED" -> " and last_passed";
				case "FAILED" -> " and not last_passed";
				default -> " and taken = 0";
			});
		}
		String from = " from (" + ROWS + ") r" + where;
		long total = this.jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
		params.add(page.limit());
		params.add(page.offset());
		List<ProgressRow> rows = this.jdbc
			.sql("select *" + from + " order by " + SORTS.get(page.sort()) + " " + page.direction() + " nulls last"
					+ ", username limit ? offset ?")
			.params(params)
			.query(ProgressStore::row)
			.list();
		return new Page<>(rows, total, page.offset(), page.limit());
	}

	private static ProgressRow row(ResultSet rs, int n) throws SQLException {
		return new ProgressRow(rs.getString("username"), null, null, instant(rs, "first_at"), rs.getInt("assigned"),
				rs.getInt("taken"), rs.getInt("passed"), rs.getInt("failed"), integer(rs, "average_score"),
				integer(rs, "last_score"), (Boolean) rs.getObject("last_passed"), instant(rs, "last_at"), List.of());
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		Number value = (Number) rs.getObject(column);
		return (value != null) ? value.intValue() : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

}
