package io.hotline.workorder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.hotline.platform.ChangeTail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The newest entries of every order's timeline, as every instance of a cluster wrote
 * them, read by their ids: how an instance that keeps orders in memory learns what the
 * other instances did (decision 0010). Two index range scans of the timeline's primary
 * key per read, whatever its size.
 */
@Component
public class TimelineTail {

	private final JdbcClient jdbc;

	TimelineTail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The id of the last entry written, 0 when there is none. */
	public long last() {
		return this.jdbc.sql("select coalesce(max(id), 0) from work_order_event").query(Long.class).single();
	}

	/**
	 * The entries after the tail's position (at most {@code limit}) and those it awaits,
	 * by id; the tail takes their ids, and the entries this instance wrote are left out.
	 */
	public List<Entry> read(ChangeTail tail, int limit) {
		List<Entry> read = new ArrayList<>(
				this.jdbc.sql("select id, order_id, type from work_order_event where id > ? order by id limit ?")
					.params(tail.position(), limit)
					.query((rs, n) -> entry(rs))
					.list());
		Long[] awaited = tail.awaited();
		if (awaited.length > 0) {
			read.addAll(this.jdbc.sql("select id, order_id, type from work_order_event where id = any(?)")
				.param(awaited)
				.query((rs, n) -> entry(rs))
				.list());
		}
		Set<Long> fresh = new HashSet<>(tail.read(read.stream().map(Entry::eventId).toList()));
		return read.stream().filter((e) -> fresh.contains(e.eventId())).toList();
	}

	private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Entry(rs.getLong(1), new WorkOrderId(rs.getLong(2)),
				EventType.REGISTERED.name().equals(rs.getString(3)));
	}

	/**
	 * One entry of a timeline: its id, its order, and whether it registered the order.
	 */
	public record Entry(long eventId, WorkOrderId orderId, boolean registered) {

	}

}
