package io.hotline.province.hub;

import java.util.ArrayList;
import java.util.List;

import io.hotline.platform.ListParameters;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A page of one of the province's lists: the rows of a table (its alias {@code t}) that
 * match a condition, counted, sorted by a column with the id as the tie-break, and cut to
 * the page.
 */
final class Paging {

	private Paging() {
	}

	/** The rows and their total. */
	record Rows<T>(long total, List<T> items) {

	}

	static <T> Rows<T> rows(JdbcClient jdbc, String select, String table, String where, List<Object> params,
			String sortColumn, ListParameters page, RowMapper<T> mapper) {
		long total = jdbc.sql("select count(*) from " + table + " t where " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> rows = new ArrayList<>(params);
		rows.add(page.limit());
		rows.add(page.offset());
		List<T> items = jdbc
			.sql(select + " where " + where + " order by " + sortColumn + " " + page.direction() + " nulls last, t.id "
					+ page.direction() + " limit ? offset ?")
			.params(rows)
			.query(mapper)
			.list();
		return new Rows<>(total, items);
	}

}
