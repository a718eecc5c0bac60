package io.hotline.handling.quality;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.hotline.org.UnitId;
import io.hotline.workorder.WorkOrderId;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored reply scores ({@code reply_score}, V28). */
@Repository
class ReplyScores {

	private final JdbcClient jdbc;

	ReplyScores(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A reply of an order, the n-th ({@code round}) of its timeline. */
	record Reply(WorkOrderId order, int round, UnitId unit, String by, Instant at, String text) {

	}

	/** Whether that reply has its score already. */
	boolean scored(WorkOrderId order, int round) {
		return this.jdbc.sql("select exists (select 1 from reply_score where order_id = ? and reply_round = ?)")
			.params(order.value(), round)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The shingles of the unit's latest replies before this instant, the newest first.
	 */
	List<int[]> recentShingles(UnitId unit, Instant before, int most) {
		if (unit == null) {
			return List.of();
		}
		return this.jdbc.sql("""
				select shingles from reply_score where unit_id = ? and replied_at < ?
				order by replied_at desc, id desc limit ?""")
			.params(unit.value(), Timestamp.from(before), most)
			.query((rs, n) -> ints(rs.getArray(1)))
			.list();
	}

	void insert(Reply reply, ReplyScore score, int[] shingles, Instant at) {
		this.jdbc.sql("""
				insert into reply_score (order_id, reply_round, unit_id, replied_by, replied_at, score, relevance, what,
					"when", who, templating, near_copies, reasons, shingles, scored_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (order_id, reply_round) do nothing""")
			.params(reply.order().value(), reply.round(), (reply.unit() == null) ? null : reply.unit().value(),
					reply.by(), Timestamp.from(reply.at()), score.score(), score.relevance(), score.what(),
					score.when(), score.who(), score.templating(), score.nearCopies(),
					score.reasons().toArray(String[]::new), Arrays.stream(shingles).boxed().toArray(Integer[]::new),
					Timestamp.from(at))
			.update();
	}

	/** The scores of an order's replies, the latest first. */
	List<ReplyQualityView.Scored> of(WorkOrderId order) {
		return this.jdbc.sql("""
				select reply_round, unit_id, replied_by, replied_at, score, relevance, what, "when", who, templating,
					near_copies, reasons, scored_at from reply_score where order_id = ? order by reply_round desc""")
			.param(order.value())
			.query((rs, n) -> scored(rs))
			.list();
	}

	private static ReplyQualityView.Scored scored(ResultSet rs) throws SQLException {
		List<String> reasons = strings(rs.getArray("reasons"));
		return new ReplyQualityView.Scored(rs.getInt("reply_round"), rs.getObject("unit_id", Long.class),
				rs.getString("replied_by"), rs.getTimestamp("replied_at").toInstant(), rs.getInt("score"),
				rs.getDouble("relevance"), rs.getDouble("what"), rs.getDouble("when"), rs.getDouble("who"),
				rs.getDouble("templating"), rs.getInt("near_copies"), reasons, rs.getTimestamp("scored_at").toInstant(),
				ReplyReasons.codes(reasons), ReplyReasons.texts(reasons, LocaleContextHolder.getLocale()));
	}

	static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : List.of((String[]) array.getArray());
	}

	private static int[] ints(Array array) throws SQLException {
		if (array == null) {
			return new int[0];
		}
		Integer[] values = (Integer[]) array.getArray();
		return Arrays.stream(values).mapToInt(Integer::intValue).toArray();
	}

}
