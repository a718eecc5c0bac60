package io.hotline.cti;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hotline.conversation.Speaker;
import io.hotline.conversation.Utterance;
import io.hotline.platform.InputText;
import io.hotline.platform.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The calls' utterances ({@code call_utterance}): checked as they come with a
 * {@code TRANSCRIPT} event, each kept once (the same speaker and start), read in the
 * order they were said.
 */
@Component
class Utterances {

	/** The most utterances a call keeps, and a TRANSCRIPT event brings. */
	static final int MOST = 2_000;

	/** The longest text of one utterance. */
	static final int LONGEST = 2_000;

	private final JdbcClient jdbc;

	Utterances(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The event's utterances as the conversation's vocabulary; a 400 problem naming the
	 * field of the first wrong one ({@code utterances[3].end}).
	 */
	static List<Utterance> checked(List<CallEvent.SaidLine> lines) {
		if (lines == null) {
			return List.of();
		}
		if (lines.size() > MOST) {
			throw Problem.invalid("cti.too-many-utterances", "utterances", MOST);
		}
		List<Utterance> said = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			String field = "utterances[" + i + "]";
			CallEvent.SaidLine line = lines.get(i);
			if (line == null) {
				throw Problem.invalid("request.required", field);
			}
			Speaker speaker = speaker(line.speaker(), field + ".speaker");
			String text = InputText.limited(line.text(), field + ".text", LONGEST);
			if (text == null || text.isEmpty()) {
				throw Problem.invalid("request.required", field + ".text");
			}
			InputText.checked(text, field + ".text");
			Duration start = seconds(line.start(), field + ".start");
			Duration end = seconds(line.end(), field + ".end");
			if (end.compareTo(start) < 0) {
				throw Problem.invalid("cti.utterance-ends-early", field + ".end", line.end(), line.start());
			}
			said.add(new Utterance(speaker, text, start, end));
		}
		return said;
	}

	/**
	 * Keeps the call's new utterances; a 400 problem where the call would have too many.
	 */
	void keep(String callId, List<Utterance> said) {
		if (said.isEmpty()) {
			return;
		}
		Integer kept = this.jdbc.sql("select count(*) from call_utterance where call_id = ?")
			.param(callId)
			.query(Integer.class)
			.single();
		if (kept + said.size() > MOST) {
			long fresh = said.stream()
				.filter((u) -> this.jdbc
					.sql("select count(*) from call_utterance where call_id = ? and speaker = ? and start_ms = ?")
					.params(callId, u.speaker().name(), u.start().toMillis())
					.query(Integer.class)
					.single() == 0)
				.count();
			if (kept + fresh > MOST) {
				throw Problem.invalid("cti.too-many-utterances", "utterances", MOST);
			}
		}
		for (Utterance u : said) {
			this.jdbc.sql("""
					insert into call_utterance (call_id, speaker, start_ms, end_ms, text) values (?, ?, ?, ?, ?)
					on conflict (call_id, speaker, start_ms) do nothing""")
				.params(callId, u.speaker().name(), u.start().toMillis(), u.end().toMillis(), u.text())
				.update();
		}
	}

	/** The calls' utterances in the order they were said, by call. */
	Map<String, List<Utterance>> of(Collection<String> callIds) {
		Map<String, List<Utterance>> byCall = new HashMap<>();
		if (callIds.isEmpty()) {
			return byCall;
		}
		this.jdbc.sql("""
				select call_id, speaker, start_ms, end_ms, text from call_utterance where call_id = any(?)
				order by call_id, start_ms, end_ms, speaker""").param(callIds.toArray(String[]::new)).query((rs) -> {
			byCall.computeIfAbsent(rs.getString("call_id"), (id) -> new ArrayList<>())
				.add(new Utterance(Speaker.valueOf(rs.getString("speaker")), rs.getString("text"),
						Duration.ofMillis(rs.getLong("start_ms")), Duration.ofMillis(rs.getLong("end_ms"))));
		});
		return byCall;
	}

	private static Speaker speaker(String text, String field) {
		if (text == null || text.isBlank()) {
			throw Problem.invalid("request.required", field);
		}
		try {
			return Speaker.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("cti.unknown-speaker", field, text);
		}
	}

	private static Duration seconds(BigDecimal seconds, String field) {
		if (seconds == null) {
			throw Problem.invalid("request.required", field);
		}
		if (seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(86_400)) > 0) {
			throw Problem.invalid("cti.bad-seconds", field, seconds);
		}
		return Duration.ofMillis(seconds.movePointRight(3).setScale(0, java.math.RoundingMode.HALF_UP).longValue());
	}

}
