package io.hotline.province.hub;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.hotline.platform.Problem;
import io.hotline.province.NodeMessages;
import io.hotline.province.ProvincialNode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each city's 事项分类 as the city last sent it, replaced whole.
 */
@Component
@Conditional(ProvincialNode.class)
class CityCatalogs {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	CityCatalogs(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	@Transactional
	public int replace(String city, NodeMessages.Catalog catalog) {
		Set<String> codes = new HashSet<>();
		List<Object[]> rows = new ArrayList<>();
		for (NodeMessages.Category category : catalog.categories()) {
			if (category.code() == null || category.code().isBlank() || category.name() == null
					|| category.pathName() == null || category.code().length() > 32) {
				throw Problem.invalid("node.bad-category", category.code());
			}
			if (!codes.add(category.code())) {
				throw Problem.invalid("node.duplicate-category", category.code());
			}
			rows.add(new Object[] { city, category.code(), category.name(), (short) category.level(),
					category.parentCode(), category.pathName(), category.active() });
		}
		this.jdbc.sql("delete from city_category where city = ?").param(city).update();
		this.jdbcTemplate.batchUpdate("""
				insert into city_category (city, code, name, level, parent_code, path_name, active)
				values (?, ?, ?, ?, ?, ?, ?)""", rows);
		this.jdbc.sql("update city_node set catalog_hash = ? where code = ?").params(catalog.hash(), city).update();
		return rows.size();
	}

}
