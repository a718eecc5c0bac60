package io.hotline.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import io.hotline.conversation.Conversation;
import io.hotline.cti.CallConversations;
import io.hotline.org.Actor;
import io.hotline.platform.Problem;
import io.hotline.workorder.CallerMask;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One inspection as its reader sees it: the call or order, the score, the findings (each
 * with the utterance it rests on and its appeal) and what was said.
 */
@Service
public class Inspections {

	private final JdbcClient jdbc;

	private final CallConversations conversations;

	Inspections(JdbcClient jdbc, CallConversations conversations) {
		this.jdbc = jdbc;
		this.conversations = conversations;
	}

	@Transactional(readOnly = true)
	public Detail detail(long id, Actor actor) {
		InspectionRow row = visible(id, actor);
		List<FindingRow> findings = findings(id);
		Conversation said = (row.callId() == null) ? new Conversation(null, List.of())
				: this.conversations.of(row.callId());
		return new Detail(row, findings,
				said.utterances()
					.stream()
					.map((u) -> new Line(u.speaker().name(), Quotes.masked(u.text()),
							(u.start() == null) ? null : u.start().toMillis() / 1000.0,
							(u.end() == null) ? null : u.end().toMillis() / 1000.0))
					.toList());
	}

	/** The inspection, or 404; 403 where it is out of the actor's sight. */
	InspectionRow visible(long id, Actor actor) {
		InspectionRow row = this.jdbc.sql("select * from quality_inspection i where id = ?")
			.param(id)
			.query((rs, n) -> row(rs, actor))
			.optional()
			.orElseThrow(() -> Problem.notFound("quality.inspection-not-found", id));
		if (!Sight.of(actor, this.jdbc).sees(row.agent(), row.team())) {
			throw Problem.forbidden("quality.not-yours", id);
		}
		return row;
	}

	List<FindingRow> findings(long inspectionId) {
		return this.jdbc.sql("""
				select f.*, a.id as appeal_id, a.status as appeal_status from quality_finding f
				left join quality_appeal a on a.finding_id = f.id where f.inspection_id = ? order by f.id""")
			.param(inspectionId)
			.query((rs, n) -> {
				long appeal = rs.getLong("appeal_id");
				Long appealId = rs.wasNull() ? null : appeal;
				int utterance = rs.getInt("utterance");
				Integer index = rs.wasNull() ? null : utterance;
				long at = rs.getLong("at_ms");
				Double seconds = rs.wasNull() ? null : at / 1000.0;
				return new FindingRow(rs.getLong("id"), rs.getString("rule_id"), rs.getString("rule_name"),
						rs.getString("kind"), rs.getString("severity"), rs.getInt("points"), rs.getString("message"),
						index, rs.getString("speaker"), seconds, rs.getString("quote"), rs.getBoolean("overturned"),
						appealId, rs.getString("appeal_status"));
			})
			.list();
	}

	/** Recounts the score without the overturned findings. */
	void rescore(long inspectionId) {
		this.jdbc.sql("""
				update quality_inspection set
				score = greatest(0, 100 - coalesce((select sum(points) from quality_finding
				    where inspection_id = ? and not overturned), 0)),
				finding_count = (select count(*) from quality_finding where inspection_id = ? and not overturned)
				where id = ?""").params(inspectionId, inspectionId, inspectionId).update();
	}

	static InspectionRow row(ResultSet rs, Actor actor) throws SQLException {
		long order = rs.getLong("order_id");
		Long orderId = rs.wasNull() ? null : order;
		return new InspectionRow(rs.getLong("id"), rs.getString("call_id"), orderId, rs.getString("agent"),
				rs.getString("team"), CallerMask.phone(rs.getString("caller"), actor), rs.getInt("rule_set_version"),
				rs.getBoolean("heard"), rs.getInt("score"), rs.getInt("finding_count"),
				rs.getTimestamp("ended_at").toInstant(), rs.getTimestamp("inspected_at").toInstant(),
				rs.getLong("lag_ms"), rs.getBoolean("sampled"));
	}

	/** An inspected call or order. */
	public record InspectionRow(long id, String callId, Long orderId, String agent, String team, String caller,
			int ruleSetVersion, boolean heard, int score, int findings, Instant endedAt, Instant inspectedAt,
			long lagMs, boolean sampled) {
	}

	/** A finding as kept, with its appeal. */
	public record FindingRow(long id, String ruleId, String ruleName, String kind, String severity, int points,
			String message, Integer utterance, String speaker, Double at, String quote, boolean overturned,
			Long appealId, String appealStatus) {
	}

	/** An utterance as shown (seconds from the answer; personal data masked). */
	public record Line(String speaker, String text, Double start, Double end) {
	}

	/** An inspection with its findings and what was said. */
	public record Detail(InspectionRow inspection, List<FindingRow> findings, List<Line> utterances) {
	}

}
