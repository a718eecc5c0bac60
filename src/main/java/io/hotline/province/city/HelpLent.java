package io.hotline.province.city;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.hotline.province.CityOfAProvince;
import io.hotline.province.NodeMessages;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 多援一 on the helping city: the help the province granted of this city's agents, with the
 * accounts they sign in with on the helped city and their one-time codes, kept for this
 * city's supervisors to hand out; each said received at the next pull.
 */
@Component
@Conditional(CityOfAProvince.class)
class HelpLent {

	private static final TypeReference<List<NodeMessages.HelpAccount>> ACCOUNTS = new TypeReference<>() {
	};

	/** Help this city gives, and whether its time is over. */
	record Lent(long grantId, String city, String cityName, String url, int agents, Instant until, String note,
			List<NodeMessages.HelpAccount> accounts, Instant receivedAt, boolean ended) {

	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	HelpLent(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** Keeps the help handed by the province (handed again: kept once). */
	void received(List<NodeMessages.HelpGiven> helping) {
		for (NodeMessages.HelpGiven help : helping) {
			this.jdbc.sql("""
					insert into help_given (grant_id, city, city_name, url, agents, until, note, accounts, received_at)
					values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?) on conflict (grant_id) do nothing""")
				.params(help.grantId(), help.city(), help.cityName(), help.url(), help.agents(),
						Timestamp.from(help.until()), help.note(), this.json.writeValueAsString(help.accounts()),
						Timestamp.from(this.clock.instant()))
				.update();
		}
	}

	/** The help kept here that the province has not been told of. */
	List<Long> unacknowledged() {
		return this.jdbc.sql("select grant_id from help_given where not acknowledged order by grant_id")
			.query(Long.class)
			.list();
	}

	void acknowledged(List<Long> grants) {
		if (!grants.isEmpty()) {
			this.jdbc.sql("update help_given set acknowledged = true where grant_id = any(?)")
				.param(grants.toArray(Long[]::new))
				.update();
		}
	}

	/** The help this city gives and gave, the newest first. */
	List<Lent> list() {
		Instant now = this.clock.instant();
		return this.jdbc.sql("select * from help_given order by grant_id desc")
			.query((rs, n) -> new Lent(rs.getLong("grant_id"), rs.getString("city"), rs.getString("city_name"),
					rs.getString("url"), rs.getInt("agents"), rs.getTimestamp("until").toInstant(),
					rs.getString("note"), this.json.readValue(rs.getString("accounts"), ACCOUNTS),
					rs.getTimestamp("received_at").toInstant(), !rs.getTimestamp("until").toInstant().isAfter(now)))
			.list();
	}

}
