package io.hotline.quality;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import io.hotline.catalog.Catalog;
import io.hotline.training.AgentFindings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The inspection's findings for training: an agent's findings on calls and orders that
 * ended in the days from {@code from} through {@code to} (Beijing), counted per topic —
 * the top level of the order's category (城乡建设, 劳动和社会保障 …). Overturned findings do not
 * count, nor findings on calls that produced no order or orders without a category.
 */
@Component
class FindingTopics implements AgentFindings {

	private final JdbcClient jdbc;

	private final Catalog catalog;

	FindingTopics(JdbcClient jdbc, Catalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	@Override
	public Map<String, Integer> countsByTopic(String agent, LocalDate from, LocalDate to) {
		Map<String, Integer> counts = new TreeMap<>();
		this.jdbc.sql("""
				select o.category_code, count(*) as n from quality_finding f
				join quality_inspection i on i.id = f.inspection_id
				join quality_order o on o.id = i.order_id
				where i.agent = ? and i.ended_at >= ? and i.ended_at < ? and not f.overturned
				and o.category_code is not null group by o.category_code""")
			.params(agent, Timestamp.from(from.atStartOfDay(Days.ZONE).toInstant()),
					Timestamp.from(to.plusDays(1).atStartOfDay(Days.ZONE).toInstant()))
			.query((rs) -> {
				String topic = topic(rs.getString("category_code"));
				if (topic != null) {
					counts.merge(topic, rs.getInt("n"), Integer::sum);
				}
			});
		return counts;
	}

	/** The top level of the category's path, null for an unknown category. */
	private String topic(String categoryCode) {
		String path = this.catalog.pathName(categoryCode);
		return (path == null || path.isBlank()) ? null : path.split("/")[0].strip();
	}

}
