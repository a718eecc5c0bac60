package io.hotline.province.hub;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.hotline.org.Division;
import io.hotline.org.Divisions;
import io.hotline.platform.HotlineProperties;
import io.hotline.province.ProvincialNode;
import io.hotline.workforce.SurgeReports;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 多援一 as the province sees it (docs/province-surges.md): each city's surge as it last
 * reported it (every 10 s), the help it asks for, and who helps whom: each partner
 * hotline a city's agents signed in from, matched to the province's city of that name,
 * with its agents and the calls they answered in the last hour, and its share of the
 * helped city's answered calls.
 */
@Component
@Conditional(ProvincialNode.class)
class CitySurges {

	/** A report older than this is stale: the city is silent. */
	static final Duration FRESH = Duration.ofMinutes(1);

	/** A city's surge: its report (null: never reported) and whether it is fresh. */
	record City(String code, String name, SurgeReports.SurgeReport report, Instant receivedAt, boolean fresh) {

	}

	/**
	 * One hotline helping another: the helper's name as the helped city wrote it, its
	 * city code where the province knows it, its agents, the calls they answered in the
	 * last hour and their share of the helped city's answered calls.
	 */
	record Help(String helped, String helpedName, String helper, String helperName, int agents, long answered,
			Double share) {

	}

	record Surges(List<City> cities, List<Help> help) {

	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Divisions divisions;

	private final String province;

	private final Clock clock;

	CitySurges(JdbcClient jdbc, JsonMapper json, Divisions divisions, HotlineProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.divisions = divisions;
		this.province = properties.jurisdiction();
		this.clock = clock;
	}

	void reported(String city, SurgeReports.SurgeReport report) {
		this.jdbc.sql("""
				insert into city_surge (city, report, received_at) values (?, cast(? as jsonb), ?)
				on conflict (city) do update set report = excluded.report, received_at = excluded.received_at""")
			.params(city, this.json.writeValueAsString(report), Timestamp.from(this.clock.instant()))
			.update();
	}

	Surges surges() {
		Instant now = this.clock.instant();
		Map<String, City> heard = new HashMap<>();
		this.jdbc.sql("select city, report, received_at from city_surge").query((rs) -> {
			Instant received = rs.getTimestamp("received_at").toInstant();
			String code = rs.getString("city");
			heard.put(code,
					new City(code, name(code),
							this.json.readValue(rs.getString("report"), SurgeReports.SurgeReport.class), received,
							Duration.between(received, now).compareTo(FRESH) <= 0));
		});
		List<City> cities = new ArrayList<>();
		List<Division> all = this.divisions.children(this.province);
		for (Division city : all) {
			City known = heard.remove(city.code());
			cities.add((known != null) ? known : new City(city.code(), city.name(), null, null, false));
		}
		cities.addAll(heard.values());
		List<Help> help = new ArrayList<>();
		for (City city : cities) {
			if (city.report() == null || !city.fresh()) {
				continue;
			}
			for (SurgeReports.Helper helper : city.report().helpers()) {
				Division from = all.stream()
					.filter((d) -> helper.partner() != null && helper.partner().startsWith(d.name()))
					.findFirst()
					.orElse(null);
				int answered = city.report().answered60();
				help.add(new Help(city.code(), city.name(), (from == null) ? null : from.code(), helper.partner(),
						helper.agents(), helper.answered(),
						(answered == 0) ? null : helper.answered() / (double) answered));
			}
		}
		return new Surges(cities, help);
	}

	/** Whether the city's last report asks for help. */
	boolean asksForHelp(String city) {
		return this.jdbc.sql("select count(*) from city_surge where city = ? and report ->> 'helpWanted' is not null")
			.param(city)
			.query(Long.class)
			.single() > 0;
	}

	private String name(String code) {
		return this.divisions.division(code).map(Division::name).orElse(code);
	}

}
