package io.hotline.workorder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import io.hotline.org.UnitId;

/** Reads a {@code work_order} row. */
final class WorkOrderRows {

	private WorkOrderRows() {
	}

	static WorkOrder order(ResultSet rs, List<UnitId> coUnits, List<TimelineEvent> timeline) throws SQLException {
		return new WorkOrder(new WorkOrderId(rs.getLong("id")), rs.getString("number"), registration(rs),
				state(rs, coUnits), timeline);
	}

	static Registration registration(ResultSet rs) throws SQLException {
		return new Registration(rs.getString("request_id"), Channel.valueOf(rs.getString("channel")),
				OrderType.valueOf(rs.getString("type")), Urgency.valueOf(rs.getString("urgency")),
				rs.getString("title"), rs.getString("content"), rs.getString("address"),
				new Location(rs.getString("district_code"), rs.getString("street_code"),
						rs.getString("community_code")),
				rs.getString("category_code"), new Caller(rs.getString("caller_name"), rs.getString("caller_phone")),
				rs.getString("created_by"), WorkOrderRepository.instant(rs, findColumn(rs, "created_at")), point(rs));
	}

	private static GeoPoint point(ResultSet rs) throws SQLException {
		Double lat = rs.getObject("lat", Double.class);
		Double lon = rs.getObject("lon", Double.class);
		return lat == null || lon == null ? null : new GeoPoint(lat, lon);
	}

	static State state(ResultSet rs, List<UnitId> coUnits) throws SQLException {
		String satisfaction = rs.getString("satisfaction");
		boolean resolved = rs.getBoolean("resolved");
		Boolean resolvedOrNull = rs.wasNull() ? null : resolved;
		return new State(Status.valueOf(rs.getString("status")),
				WorkOrderRepository.unit(rs, findColumn(rs, "main_unit_id")), coUnits,
				WorkOrderRepository.instant(rs, findColumn(rs, "sign_deadline")),
				WorkOrderRepository.instant(rs, findColumn(rs, "deadline")), (Integer) rs.getObject("extension_days"),
				rs.getString("extension_reason"), rs.getBoolean("supervised"),
				new Counts(rs.getInt("dispatch_count"), rs.getInt("return_count"), rs.getInt("reopen_count")),
				satisfaction == null ? null : Satisfaction.valueOf(satisfaction), resolvedOrNull,
				WorkOrderRepository.instant(rs, findColumn(rs, "updated_at")),
				WorkOrderRepository.instant(rs, findColumn(rs, "closed_at")), rs.getInt("version"));
	}

	private static int findColumn(ResultSet rs, String name) throws SQLException {
		return rs.findColumn(name);
	}

}
