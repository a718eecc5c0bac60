package io.hotline.knowledge.articles;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hotline.catalog.WorkingCalendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the usage log says: each article's use over a period, the questions without a good
 * answer (knowledge gaps), and a week's most used articles and most asked questions.
 * Periods are days in Beijing time, {@code to} included.
 */
@Component
class UsageReports {

	/** A report lists at most this many rows: the head of a long tail. */
	static final int ROWS = 100;

	private final JdbcClient jdbc;

	private final double gapSimilarity;

	UsageReports(JdbcClient jdbc, @Value("${hotline.knowledge.gap-similarity:0.5}") double gapSimilarity) {
		this.jdbc = jdbc;
		this.gapSimilarity = gapSimilarity;
	}

	Stats stats(LocalDate from, LocalDate to) {
		Map<Long, Counting> uses = new LinkedHashMap<>();
		this.jdbc.sql("""
				select u.article_id, a.title, u.kind, count(*) as n from knowledge_usage u
				join knowledge_article a on a.id = u.article_id
				where u.at >= ? and u.at < ? group by u.article_id, a.title, u.kind""")
			.params(start(from), start(to.plusDays(1)))
			.query((rs) -> {
				String title = rs.getString("title");
				Counting use = uses.computeIfAbsent(rs.getLong("article_id"), (id) -> new Counting(id, title));
				use.add(UsageKind.valueOf(rs.getString("kind")), rs.getLong("n"));
			});
		List<ArticleUse> articles = new ArrayList<>(uses.values().stream().map(Counting::use).toList());
		articles.sort(Comparator.comparingLong(ArticleUse::used).reversed().thenComparingLong(ArticleUse::id));
		Map<String, Object> totals = this.jdbc.sql("""
				select count(*) as questions, count(*) filter (where hits = 0) as unanswered,
				    count(*) filter (where channel = 'PORTAL') as portal
				from knowledge_query where at >= ? and at < ?""")
			.params(start(from), start(to.plusDays(1)))
			.query()
			.singleRow();
		return new Stats(from, to, totals, articles.subList(0, Math.min(ROWS, articles.size())));
	}

	/**
	 * Questions that found nothing, whose best article was far in meaning, or whose
	 * article someone said did not help; the same question counted once, most asked
	 * first.
	 */
	List<Gap> gaps(LocalDate from, LocalDate to) {
		Map<String, Gap> gaps = new LinkedHashMap<>();
		this.jdbc.sql("""
				select q.text, q.normalized, q.at, q.hits, q.best_article_id, q.best_similarity, a.title
				from knowledge_query q left join knowledge_article a on a.id = q.best_article_id
				where q.at >= ? and q.at < ? and (q.hits = 0 or q.best_similarity < ?) order by q.at""")
			.params(start(from), start(to.plusDays(1)), this.gapSimilarity)
			.query((rs) -> {
				String reason = (rs.getInt("hits") == 0) ? "NO_HIT" : "LOW_SIMILARITY";
				Double similarity = (rs.getObject("best_similarity") == null) ? null : rs.getDouble("best_similarity");
				add(gaps, rs.getString("normalized"), rs.getString("text"), rs.getTimestamp("at").toInstant(), reason,
						rs.getObject("best_article_id", Long.class), rs.getString("title"), similarity);
			});
		this.jdbc.sql("""
				select u.query, u.at, u.article_id, a.title from knowledge_usage u
				join knowledge_article a on a.id = u.article_id
				where u.kind = 'NOT_HELPFUL' and u.query is not null and u.at >= ? and u.at < ? order by u.at""")
			.params(start(from), start(to.plusDays(1)))
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> add(gaps,
					KnowledgeUsage.normalized(rs.getString("query")), rs.getString("query"),
					rs.getTimestamp("at").toInstant(), "NOT_HELPFUL", rs.getLong("article_id"), rs.getString("title"),
					null));
		List<Gap> sorted = new ArrayList<>(gaps.values());
		sorted
			.sort(Comparator.comparingInt(Gap::count).reversed().thenComparing(Gap::lastAt, Comparator.reverseOrder()));
		return sorted.subList(0, Math.min(ROWS, sorted.size()));
	}

	private static void add(Map<String, Gap> gaps, String key, String text, Instant at, String reason, Long best,
			String bestTitle, Double similarity) {
		Gap before = gaps.get(key);
		// a later ask says how the question reads now; "not helpful" outweighs a guess
		String kept = (before != null && "NOT_HELPFUL".equals(before.reason())) ? before.reason() : reason;
		gaps.put(key, new Gap(text, (before == null) ? 1 : before.count() + 1, at, kept, best, bestTitle, similarity));
	}

	/**
	 * The most used articles (opened, linked, answered with) and the most asked
	 * questions.
	 */
	Hot hot(LocalDate from, LocalDate to, int size) {
		List<HotArticle> articles = this.jdbc.sql("""
				select u.article_id, a.title, count(*) as n from knowledge_usage u
				join knowledge_article a on a.id = u.article_id
				where u.kind in ('VIEW', 'LINK', 'ANSWER') and u.at >= ? and u.at < ?
				group by u.article_id, a.title order by n desc, u.article_id limit ?""")
			.params(start(from), start(to.plusDays(1)), size)
			.query((rs, n) -> new HotArticle(rs.getLong("article_id"), rs.getString("title"), rs.getLong("n")))
			.list();
		List<HotQuestion> questions = this.jdbc.sql("""
				select (array_agg(text order by at desc))[1] as text, count(*) as n from knowledge_query
				where at >= ? and at < ? group by normalized order by n desc, max(at) desc limit ?""")
			.params(start(from), start(to.plusDays(1)), size)
			.query((rs, n) -> new HotQuestion(rs.getString("text"), rs.getLong("n")))
			.list();
		return new Hot(articles, questions);
	}

	private static Timestamp start(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(WorkingCalendar.ZONE).toInstant());
	}

	record Stats(LocalDate from, LocalDate to, Map<String, Object> totals, List<ArticleUse> articles) {

	}

	record Gap(String text, int count, Instant lastAt, String reason, Long bestArticleId, String bestTitle,
			Double bestSimilarity) {

	}

	record Hot(List<HotArticle> articles, List<HotQuestion> questions) {

	}

	record HotArticle(long id, String title, long count) {

	}

	record HotQuestion(String text, long count) {

	}

	/** One article's counts by kind of use. */
	record ArticleUse(long id, String title, long shown, long views, long links, long answers, long helpful,
			long notHelpful) {

		long used() {
			return this.shown + this.views + this.links + this.answers;
		}

	}

	/** Counts by kind, one article at a time, while the rows come. */
	private static final class Counting {

		private final long id;

		private final String title;

		private final Map<UsageKind, Long> counts = new java.util.EnumMap<>(UsageKind.class);

		Counting(long id, String title) {
			this.id = id;
			this.title = title;
		}

		void add(UsageKind kind, long n) {
			this.counts.merge(kind, n, Long::sum);
		}

		ArticleUse use() {
			return new ArticleUse(this.id, this.title, count(UsageKind.SHOWN), count(UsageKind.VIEW),
					count(UsageKind.LINK), count(UsageKind.ANSWER), count(UsageKind.HELPFUL),
					count(UsageKind.NOT_HELPFUL));
		}

		private long count(UsageKind kind) {
			return this.counts.getOrDefault(kind, 0L);
		}

	}

}
