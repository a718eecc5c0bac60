package io.hotline.analytics.kpi;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The orders with coordinates (work_order's lat/lon, from the channels that give them) of
 * a report's scope and period, for the cockpit's map, as FixMyStreet shows reports: each
 * order as a point while they are few, else counted on the server in a grid whose cells
 * shrink as the map zooms in (a cell is an eighth of a 256-pixel web-map tile at that
 * zoom), each cluster at the mean place of its orders.
 */
@Component
class OrderPoints {

	/** The highest zoom asked (a cell of about 5 m). */
	static final int MOST_ZOOM = 20;

	/** The points answered one by one at most; beyond, clusters. */
	static final int MOST_POINTS = 300;

	private final JdbcClient jdbc;

	OrderPoints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Points of(KpiFilter filter, int zoom, int most) {
		List<Object> params = new ArrayList<>();
		String from = " from order_fact f join work_order o on o.id = f.order_id where o.lat is not null"
				+ " and o.lon is not null and " + filter.where(params);
		long located = this.jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
		double cell = cell(zoom);
		if (located <= most) {
			List<Point> points = this.jdbc
				.sql("select o.lat, o.lon, f.order_id, o.number, f.status" + from + " order by f.order_id")
				.params(params)
				.query((rs, n) -> new Point(rs.getDouble("lat"), rs.getDouble("lon"), 1, rs.getLong("order_id"),
						rs.getString("number"), rs.getString("status")))
				.list();
			return new Points(located, zoom, cell, false, points);
		}
		List<Object> grid = new ArrayList<>(params);
		grid.add(cell);
		grid.add(cell);
		List<Point> clusters = this.jdbc
			.sql("""
					select avg(o.lat) as lat, avg(o.lon) as lon, count(*) as n, min(f.order_id) as first,
					    min(o.number) as number, min(f.status) as status""" + from
					+ " group by floor(o.lat / ?), floor(o.lon / ?) order by n desc, first")
			.params(grid)
			.query((rs, n) -> {
				long count = rs.getLong("n");
				boolean one = count == 1;
				return new Point(round(rs.getDouble("lat")), round(rs.getDouble("lon")), count,
						one ? rs.getLong("first") : null, one ? rs.getString("number") : null,
						one ? rs.getString("status") : null);
			})
			.list();
		return new Points(located, zoom, cell, true, clusters);
	}

	/** A cell's side in degrees at a zoom. */
	static double cell(int zoom) {
		return 360.0 / Math.pow(2, zoom) / 8;
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1_000_000) / 1_000_000.0;
	}

	/**
	 * The answer: how many orders of the scope have coordinates ({@code located}), the
	 * zoom and cell size used, and whether {@code points} are clusters.
	 */
	record Points(long located, int zoom, double cellDegrees, boolean clustered, List<Point> points) {

	}

	/**
	 * One order (count 1, with its id, number and status) or a cluster of count orders.
	 */
	record Point(double lat, double lon, long count, Long orderId, String number, String status) {

	}

}
