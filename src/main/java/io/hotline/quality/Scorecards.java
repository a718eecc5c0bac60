package io.hotline.quality;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hotline.org.Actor;
import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 质检成绩: the inspections in a period as a list (each call or order with its score), or
 * grouped by agent, team, day or month (calls, average score, findings, calls flagged);
 * filtered, sorted and paged, within the actor's sight; every figure opens to its
 * inspections.
 */
@Service
public class Scorecards {

	/** The groupings of a score card. */
	static final Map<String, String> GROUPS = Map.of("agent", "coalesce(i.agent, '')", "team", "coalesce(i.team, '')",
			"day", "to_char(i.ended_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')", "month",
			"to_char(i.ended_at at time zone 'Asia/Shanghai', 'YYYY-MM')");

	/** The sorts of a score card. */
	static final Map<String, String> CARD_SORTS = Map.of("key", "group_key", "calls", "calls", "averageScore",
			"average_score", "findings", "findings", "flagged", "flagged", "lowestScore", "lowest_score");

	/** The sorts of the list of inspections. */
	static final Map<String, String> SORTS = Map.of("endedAt", "i.ended_at", "score", "i.score", "findings",
			"i.finding_count", "agent", "i.agent", "team", "i.team", "inspectedAt", "i.inspected_at");

	private final JdbcClient jdbc;

	private final Clock clock;

	Scorecards(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The score card grouped by {@code by}. */
	@Transactional(readOnly = true)
	public Page<Card> cards(String by, Filter filter, ListParameters page, Actor actor) {
		String key = GROUPS.get((by == null || by.isBlank()) ? "agent" : by.strip());
		if (key == null) {
			throw Problem.invalid("quality.bad-grouping", "by", by,
					String.join(", ", new java.util.TreeSet<>(GROUPS.keySet())));
		}
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, actor, params);
		String grouped = "select " + key + " as group_key, count(*) as calls, round(avg(i.score), 1) as average_score,"
				+ " sum(i.finding_count) as findings, count(*) filter (where i.score < 100) as flagged,"
				+ " min(i.score) as lowest_score from quality_inspection i where " + where + " group by " + key;
		long total = this.jdbc.sql("select count(*) from (" + grouped + ") g")
			.params(params)
			.query(Long.class)
			.single();
		params.put("offset", page.offset());
		params.put("limit", page.limit());
		List<Card> cards = this.jdbc
			.sql(grouped + " order by " + CARD_SORTS.get(page.sort()) + " " + page.direction()
					+ ", group_key offset :offset limit :limit")
			.params(params)
			.query((rs, row) -> new Card(rs.getString("group_key"), rs.getLong("calls"), rs.getDouble("average_score"),
					rs.getLong("findings"), rs.getLong("flagged"), rs.getInt("lowest_score")))
			.list();
		return new Page<>(cards, total);
	}

	/** The inspections themselves, each call or order with its score. */
	@Transactional(readOnly = true)
	public Page<Inspections.InspectionRow> inspections(Filter filter, ListParameters page, Actor actor) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, actor, params);
		long total = this.jdbc.sql("select count(*) from quality_inspection i where " + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("offset", page.offset());
		params.put("limit", page.limit());
		List<Inspections.InspectionRow> rows = this.jdbc
			.sql("select i.* from quality_inspection i where " + where + " order by " + SORTS.get(page.sort()) + " "
					+ page.direction() + " nulls last, i.id offset :offset limit :limit")
			.params(params)
			.query((rs, row) -> Inspections.row(rs, actor))
			.list();
		return new Page<>(rows, total);
	}

	private String where(Filter filter, Actor actor, Map<String, Object> params) {
		Days days = Days.of(filter.from(), filter.to(), this.clock.instant());
		Map<String, String> conditions = new LinkedHashMap<>();
		conditions.put("sight", Sight.of(actor, this.jdbc).where(params));
		params.put("start", java.sql.Timestamp.from(days.start()));
		params.put("end", java.sql.Timestamp.from(days.end()));
		conditions.put("period", "i.ended_at >= :start and i.ended_at < :end");
		if (filter.agent() != null && !filter.agent().isBlank()) {
			params.put("agent", filter.agent().strip());
			conditions.put("agent", "i.agent = :agent");
		}
		if (filter.team() != null && !filter.team().isBlank()) {
			params.put("team", filter.team().strip());
			conditions.put("team", "coalesce(i.team, '') = :team");
		}
		if (filter.day() != null && !filter.day().isBlank()) {
			params.put("day",
					io.hotline.platform.DateParameter.parse("day", filter.day(), "quality.bad-date").toString());
			conditions.put("day", "to_char(i.ended_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') = :day");
		}
		if (filter.ruleId() != null && !filter.ruleId().isBlank()) {
			params.put("ruleId", filter.ruleId().strip());
			conditions.put("rule", "exists (select 1 from quality_finding f where f.inspection_id = i.id"
					+ " and f.rule_id = :ruleId and not f.overturned)");
		}
		if (filter.flagged() != null) {
			conditions.put("flagged", filter.flagged() ? "i.score < 100" : "i.score = 100");
		}
		return String.join(" and ", conditions.values());
	}

	/** Which inspections a list or card counts. */
	public record Filter(String from, String to, String agent, String team, String day, String ruleId,
			Boolean flagged) {
	}

	/** A row of a score card. */
	public record Card(String key, long calls, double averageScore, long findings, long flagged, int lowestScore) {
	}

	/** A page of a list, and how many rows the list has. */
	public record Page<T>(List<T> items, long total) {
	}

	/** The sorts a card allows. */
	static Set<String> cardSorts() {
		return CARD_SORTS.keySet();
	}

}
