package io.hotline.catalog;

import java.util.List;
import java.util.Optional;

import io.hotline.org.UnitId;
import io.hotline.org.UnitType;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code category} table, shared by the catalog's API and its demo seeding. */
@Repository
class CategoryRows {

	private static final RowMapper<Category> CATEGORY = (rs, n) -> new Category(rs.getString("code"),
			rs.getString("name"), rs.getInt("level"), rs.getString("parent_code"), rs.getString("path_name"),
			rs.getBoolean("consultation"), UnitId.of((Long) rs.getObject("default_unit_id")),
			rs.getString("default_unit_type") == null ? null : UnitType.valueOf(rs.getString("default_unit_type")),
			new TimeLimits(rs.getInt("normal_days"), rs.getInt("urgent_days"), rs.getInt("very_urgent_days")));

	private final JdbcClient jdbc;

	private final CategoryNames names;

	CategoryRows(JdbcClient jdbc, CategoryNames names) {
		this.jdbc = jdbc;
		this.names = names;
	}

	boolean isEmpty() {
		return !this.jdbc.sql("select exists (select 1 from category)").query(Boolean.class).single();
	}

	Optional<Category> find(String code) {
		return this.jdbc.sql("select * from category where code = ?").param(code).query(CATEGORY).optional();
	}

	List<Category> children(String parentCode) {
		return this.jdbc
			.sql("""
					select * from category where active and parent_code is not distinct from cast(? as varchar) order by code""")
			.param(parentCode)
			.query(CATEGORY)
			.list();
	}

	/**
	 * Active categories whose path contains every term, those whose own name is closest
	 * to the last term first, then the more specific.
	 */
	List<Category> search(List<String> terms, int limit) {
		String last = terms.get(terms.size() - 1);
		StringBuilder sql = new StringBuilder("select * from category where active");
		terms.forEach((term) -> sql.append(" and path_name like ? escape '\\'"));
		sql.append("""
				order by case when name = ? then 0 when name like ? escape '\\' then 1
				when name like ? escape '\\' then 2 else 3 end, level desc, code limit ?""");
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.toString());
		for (String term : terms) {
			statement = statement.param(contains(term));
		}
		return statement.param(last)
			.param(escape(last) + "%")
			.param(contains(last))
			.param(limit)
			.query(CATEGORY)
			.list();
	}

	void insert(Category category) {
		this.jdbc.sql("""
				insert into category (code, name, level, parent_code, path_name, consultation, default_unit_id,
					default_unit_type, normal_days, urgent_days, very_urgent_days)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values(category)).update();
		this.names.forget();
	}

	/** Stores the new values, and renames the path of every category below. */
	void update(Category category, String oldPathName) {
		this.jdbc.sql("""
				update category set code = ?, name = ?, level = ?, parent_code = ?, path_name = ?, consultation = ?,
					default_unit_id = ?, default_unit_type = ?, normal_days = ?, urgent_days = ?, very_urgent_days = ?
				where code = ?""").params(values(category)).param(category.code()).update();
		this.jdbc.sql("""
				update category set path_name = ? || substr(path_name, length(?) + 1)
				where path_name like ? escape '\\' and code <> ?""")
			.params(category.pathName(), oldPathName, escape(oldPathName) + "/%", category.code())
			.update();
		this.names.forget();
	}

	/** The first free two-digit code under the parent (or on level 1). */
	String nextCode(String parentCode) {
		String prefix = parentCode == null ? "" : parentCode;
		List<String> taken = children(parentCode).stream().map(Category::code).toList();
		for (int i = 1; i < 100; i++) {
			String code = prefix + String.format("%02d", i);
			if (!taken.contains(code) && find(code).isEmpty()) {
				return code;
			}
		}
		throw new IllegalStateException("No free category code left under " + parentCode);
	}

	private static Object[] values(Category c) {
		return new Object[] { c.code(), c.name(), c.level(), c.parentCode(), c.pathName(), c.consultation(),
				c.defaultUnitId() == null ? null : c.defaultUnitId().value(),
				c.defaultUnitType() == null ? null : c.defaultUnitType().name(), c.limits().normalDays(),
				c.limits().urgentDays(), c.limits().veryUrgentDays() };
	}

	private static String contains(String term) {
		return "%" + escape(term) + "%";
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
