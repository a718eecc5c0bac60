package io.hotline.dispatch;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the dispatch model learns from: the closed orders (their final category and the
 * main unit that really handled them), and the returns (退单) as evidence against the unit
 * that returned.
 */
@Component
class PastOrders {

	private final JdbcClient jdbc;

	PastOrders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The most recent closed orders with a category and a main unit, newest first. */
	List<PastOrder> latest(int limit) {
		return this.jdbc.sql("""
				select id, number, coalesce(title, '') as title, content, category_code, district_code, street_code,
				       community_code, main_unit_id
				from work_order
				where status = 'CLOSED' and category_code is not null and main_unit_id is not null
				order by id desc limit ?""").param(limit).query(PastOrder.class).list();
	}

	/** How many closed orders a model could learn from. */
	int closedCount() {
		return this.jdbc.sql("""
				select count(*) from work_order
				where status = 'CLOSED' and category_code is not null and main_unit_id is not null""")
			.query(Integer.class)
			.single();
	}

	/** Closed orders by category, place and the unit that handled them. */
	List<PlaceCount> handled() {
		return this.jdbc.sql("""
				select category_code, district_code, street_code, main_unit_id as unit_id, count(*) as count
				from work_order
				where status = 'CLOSED' and category_code is not null and main_unit_id is not null
				group by 1, 2, 3, 4""").query(PlaceCount.class).list();
	}

	/** Returns (退单) by category, place and the unit that returned the order. */
	List<PlaceCount> returned() {
		return this.jdbc.sql("""
				select o.category_code, o.district_code, o.street_code, e.unit_id, count(*) as count
				from work_order_event e join work_order o on o.id = e.order_id
				where e.type = 'RETURNED' and o.category_code is not null and e.unit_id is not null
				group by 1, 2, 3, 4""").query(PlaceCount.class).list();
	}

	/** What the classifiers read of an order: its title (if any), then its content. */
	static String text(String title, String content) {
		return (title == null || title.isEmpty()) ? content : title + "\n" + content;
	}

	record PastOrder(long id, String number, String title, String content, String categoryCode, String districtCode,
			String streetCode, String communityCode, long mainUnitId) {

		String text() {
			return PastOrders.text(this.title, this.content);
		}

		Place place() {
			return new Place(this.districtCode, this.streetCode, this.communityCode);
		}

	}

	record PlaceCount(String categoryCode, String districtCode, String streetCode, long unitId, int count) {

	}

}
