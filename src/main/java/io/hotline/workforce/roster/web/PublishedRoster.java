package io.hotline.workforce.roster.web;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The roster package's read for the live watch: who the published rosters put on a shift
 * at a moment (a night shift begun the day before included).
 */
@Component
public class PublishedRoster {

	private final JdbcClient jdbc;

	PublishedRoster(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The user names of the agents on a published shift at {@code at}, Beijing time. */
	public Set<String> onShiftAt(LocalDateTime at) {
		return new TreeSet<>(this.jdbc.sql("""
				select distinct a.username
				from workforce_assignment a
				join workforce_roster r on r.id = a.roster_id and r.status = 'PUBLISHED'
				join workforce_shift_template t on t.code = a.shift_code
				where a.day between ? and ?
				  and a.day + t.start_time <= ?
				  and a.day + t.start_time + make_interval(mins => t.length_minutes) > ?""")
			.params(at.toLocalDate().minusDays(1), at.toLocalDate(), at, at)
			.query(String.class)
			.list());
	}

}
