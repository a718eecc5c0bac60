package io.hotline.org;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The divisions of the jurisdiction, as loaded at start-up; they do not change while the
 * platform runs.
 */
@Service
public class Divisions {

	private static final RowMapper<Division> DIVISION = (rs, n) -> new Division(rs.getString("code"),
			rs.getString("name"), rs.getInt("level"), rs.getString("parent_code"));

	private final JdbcClient jdbc;

	private final Map<String, Division> byCode = new ConcurrentHashMap<>();

	Divisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Division> division(String code) {
		if (code == null) {
			return Optional.empty();
		}
		Division cached = this.byCode.get(code);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<Division> division = this.jdbc.sql("select * from division where code = ?")
			.param(code)
			.query(DIVISION)
			.optional();
		division.ifPresent((d) -> this.byCode.put(code, d));
		return division;
	}

	public List<Division> children(String code) {
		return this.jdbc.sql("select * from division where parent_code = ? order by code")
			.param(code)
			.query(DIVISION)
			.list();
	}

	/** Every division of the given level that is loaded, in code order. */
	public List<Division> atLevel(int level) {
		return this.jdbc.sql("select * from division where level = ? order by code")
			.param(level)
			.query(DIVISION)
			.list();
	}

}
