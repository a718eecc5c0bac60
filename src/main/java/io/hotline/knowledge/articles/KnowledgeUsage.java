package io.hotline.knowledge.articles;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes down the questions asked and what happened to articles, for the statistics, the
 * knowledge gaps and the week's hot knowledge ({@link UsageReports}).
 */
@Component
class KnowledgeUsage {

	/** A search shows this many articles at once: the ones counted as shown. */
	static final int SHOWN = 5;

	static final int TEXT_CHARS = 200;

	private final JdbcClient jdbc;

	private final Clock clock;

	KnowledgeUsage(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A question asked by a search, with what it found; returns the question's id. */
	long asked(Channel channel, String actor, String text, List<Found> found) {
		Timestamp now = Timestamp.from(this.clock.instant());
		String question = cut(text);
		Found best = found.isEmpty() ? null : found.get(0);
		Long[] shown = found.subList(0, Math.min(SHOWN, found.size()))
			.stream()
			.map((f) -> f.hit().id())
			.toArray(Long[]::new);
		// one statement: a search pays one round trip for its log
		return this.jdbc.sql("""
				with asked as (
				    insert into knowledge_query (at, channel, actor, text, normalized, hits, best_article_id,
				        best_similarity)
				    values (?, ?, ?, ?, ?, ?, ?, ?) returning id),
				shown as (
				    insert into knowledge_usage (at, article_id, kind, channel, actor, query)
				    select ?, a, 'SHOWN', ?, ?, ? from unnest(cast(? as bigint[])) a)
				select id from asked""")
			.params(now, channel.name(), actor, question, normalized(question), found.size(),
					(best == null) ? null : best.hit().id(), (best == null) ? null : best.hit().similarity(), now,
					channel.name(), actor, question, shown)
			.query(Long.class)
			.single();
	}

	void used(long article, UsageKind kind, Channel channel, String actor, String query, Long order) {
		this.jdbc.sql("""
				insert into knowledge_usage (at, article_id, kind, channel, actor, query, order_id)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(this.clock.instant()), article, kind.name(), channel.name(), actor, cut(query),
					order)
			.update();
	}

	/**
	 * The same question, whatever its spaces, punctuation and letter case: how repeated
	 * questions are counted once.
	 */
	static String normalized(String text) {
		return (text == null) ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}\\s]+", "");
	}

	private static String cut(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		return (stripped.length() > TEXT_CHARS) ? stripped.substring(0, TEXT_CHARS) : stripped;
	}

}
