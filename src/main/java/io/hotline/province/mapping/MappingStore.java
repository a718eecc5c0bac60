package io.hotline.province.mapping;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.hotline.platform.ListParameters;
import io.hotline.province.ProvincialNode;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The province's {@code category_mapping}, beside the cities' catalogs and orders it
 * reads ({@code city_category}, {@code city_order}).
 */
@Conditional(ProvincialNode.class)
@Repository
class MappingStore {

	/** The list's sort keys and their columns. */
	static final Map<String, String> SORTS = Map.of("city", "c.city", "cityCode", "c.code", "cityPath", "c.path_name",
			"orders", "orders", "confidence", "m.confidence", "state", "state", "decidedAt", "m.decided_at");

	private static final String ROWS = """
			from city_category c
			left join category_mapping m on m.city = c.city and m.city_code = c.code
			left join (select city, category_code, count(*) as orders from city_order
				where cast(:city as varchar) is null or city = :city group by city, category_code) o
				on o.city = c.city and o.category_code = c.code
			where (cast(:city as varchar) is null or c.city = :city)
			and (cast(:state as varchar) is null or coalesce(m.state, 'UNMAPPED') = :state)
			and (cast(:q as varchar) is null or c.path_name like :like escape '\\' or c.code like :like escape '\\')
			and (cast(:code as varchar) is null or c.code = :code)
			""";

	private final JdbcClient jdbc;

	MappingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The city's categories (in use or not) as it last sent them. */
	List<CityCategory> categories(String city) {
		return this.jdbc.sql("""
				select city, code, name, level, parent_code, path_name from city_category
				where city = ? order by level, code""")
			.param(city)
			.query((rs, n) -> new CityCategory(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getString(5), rs.getString(6)))
			.list();
	}

	Optional<CityCategory> category(String city, String code) {
		return this.jdbc.sql("""
				select city, code, name, level, parent_code, path_name from city_category
				where city = ? and code = ?""")
			.params(city, code)
			.query((rs, n) -> new CityCategory(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getString(5), rs.getString(6)))
			.optional();
	}

	/** The cities that sent a catalog. */
	List<String> cities() {
		return this.jdbc.sql("select distinct city from city_category order by city").query(String.class).list();
	}

	/** The cities with a category that has no mapping row yet. */
	List<String> citiesNotSuggested() {
		return this.jdbc.sql("""
				select distinct c.city from city_category c
				where not exists (select 1 from category_mapping m where m.city = c.city and m.city_code = c.code)
				order by c.city""").query(String.class).list();
	}

	/**
	 * The titles (or else the start of the content) of the city's latest orders per
	 * category.
	 */
	Map<String, List<String>> titles(String city, int perCategory) {
		Map<String, List<String>> titles = new LinkedHashMap<>();
		this.jdbc.sql("""
				select category_code, coalesce(nullif(title, ''), left(content, 64)) from (
					select category_code, title, content,
						row_number() over (partition by category_code order by created_at desc) as n
					from city_order where city = ? and category_code is not null) x
				where n <= ?""").params(city, perCategory).query((rs) -> {
			titles.computeIfAbsent(rs.getString(1), (k) -> new ArrayList<>()).add(rs.getString(2));
		});
		return titles;
	}

	/**
	 * Keeps a new suggestion; a mapping a person decided keeps its decision (the
	 * suggestion is kept beside it).
	 */
	void suggested(String city, Suggestion suggestion, Instant at) {
		this.jdbc.sql("""
				insert into category_mapping (city, city_code, suggested_code, confidence, suggested_at, state)
				values (?, ?, ?, ?, ?, ?)
				on conflict (city, city_code) do update set suggested_code = excluded.suggested_code,
					confidence = excluded.confidence, suggested_at = excluded.suggested_at,
					state = case when category_mapping.state in ('CONFIRMED', 'NONE') then category_mapping.state
						else excluded.state end""")
			.params(city, suggestion.cityCode(), suggestion.standardCode(), (float) suggestion.confidence(),
					Timestamp.from(at), (suggestion.found() ? MappingState.SUGGESTED : MappingState.UNMAPPED).name())
			.update();
	}

	/** Records a person's decision: a standard category, or none (null). */
	void decided(String city, String cityCode, String standardCode, String by, Instant at) {
		this.jdbc.sql("""
				insert into category_mapping (city, city_code, standard_code, state, decided_by, decided_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (city, city_code) do update set standard_code = excluded.standard_code,
					state = excluded.state, decided_by = excluded.decided_by, decided_at = excluded.decided_at""")
			.params(city, cityCode, standardCode,
					(standardCode == null ? MappingState.NONE : MappingState.CONFIRMED).name(), by, Timestamp.from(at))
			.update();
	}

	/** A page of the list, with the number of rows of the whole list. */
	Page page(MappingFilter filter, ListParameters list) {
		return page(filter, null, list);
	}

	/** One city category's row. */
	Optional<Stored> row(String city, String code) {
		return page(new MappingFilter(city, null, null), code, new ListParameters("city", false, 0, 1)).rows()
			.stream()
			.findFirst();
	}

	private Page page(MappingFilter filter, String code, ListParameters list) {
		String like = filter.q() == null ? null
				: "%" + filter.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		String state = filter.state() == null ? null : filter.state().name();
		long total = this.jdbc.sql("select count(*) " + ROWS)
			.param("city", filter.city())
			.param("state", state)
			.param("q", filter.q())
			.param("like", like)
			.param("code", code)
			.query(Long.class)
			.single();
		List<Stored> rows = this.jdbc
			.sql("""
					select c.city, c.code, c.name, c.path_name, c.active, coalesce(o.orders, 0) as orders, m.suggested_code,
						m.confidence, m.standard_code, coalesce(m.state, 'UNMAPPED') as state, m.decided_by, m.decided_at
					"""
					+ ROWS + " order by " + SORTS.get(list.sort()) + " " + list.direction()
					+ " nulls last, c.city, c.code offset :offset limit :limit")
			.param("city", filter.city())
			.param("state", state)
			.param("q", filter.q())
			.param("like", like)
			.param("code", code)
			.param("offset", list.offset())
			.param("limit", list.limit())
			.query(MappingStore::stored)
			.list();
		return new Page(rows, total);
	}

	/** Each city's counts. */
	List<Coverage> coverage() {
		return this.jdbc.sql("""
				select c.city, count(*) filter (where c.active) as categories,
					count(*) filter (where c.active and m.state = 'CONFIRMED') as confirmed,
					count(*) filter (where c.active and m.state = 'NONE') as none,
					count(*) filter (where c.active and m.state = 'SUGGESTED') as suggested,
					count(*) filter (where c.active and coalesce(m.state, 'UNMAPPED') = 'UNMAPPED') as unmapped,
					coalesce((select count(*) from city_order o where o.city = c.city), 0) as orders,
					coalesce((select count(*) from city_order_standard s where s.city = c.city
						and s.standard_code is not null), 0) as mapped
				from city_category c
				left join category_mapping m on m.city = c.city and m.city_code = c.code
				group by c.city order by c.city""")
			.query((rs, n) -> Coverage.of(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6), rs.getLong(7), rs.getLong(8)))
			.list();
	}

	private static Stored stored(ResultSet rs, int n) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		Number confidence = (Number) rs.getObject("confidence");
		return new Stored(rs.getString("city"), rs.getString("code"), rs.getString("name"), rs.getString("path_name"),
				rs.getBoolean("active"), rs.getLong("orders"), rs.getString("suggested_code"),
				confidence == null ? null : Math.round(confidence.doubleValue() * 1000) / 1000.0,
				rs.getString("standard_code"), MappingState.valueOf(rs.getString("state")), rs.getString("decided_by"),
				decided == null ? null : decided.toInstant());
	}

	/** A row as stored, without the standard categories' names. */
	record Stored(String city, String cityCode, String cityName, String cityPath, boolean active, long orders,
			String suggestedCode, Double confidence, String standardCode, MappingState state, String decidedBy,
			Instant decidedAt) {

	}

	record Page(List<Stored> rows, long total) {

	}

}
