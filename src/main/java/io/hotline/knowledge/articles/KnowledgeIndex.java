package io.hotline.knowledge.articles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.classification.TextEmbeddings;
import io.hotline.knowledge.Article;
import io.hotline.knowledge.KnowledgeHit;
import io.hotline.knowledge.KnowledgeSearch;
import io.hotline.knowledge.SearchMode;
import io.hotline.knowledge.Synonyms;
import io.hotline.platform.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The search over the published articles in effect today, rebuilt on one background
 * thread after every change and every night (when articles expire or come into effect).
 * Searches use the previous index until the new one is ready. Requests that arrive during
 * a rebuild make one more rebuild, not one each. Each article's embedding is kept by (id,
 * version), so that a rebuild embeds only what is new; the full-text index is rebuilt
 * whole, which takes a second or so per thousand articles.
 */
@Component
class KnowledgeIndex {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeIndex.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "knowledge-index");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean requested = new AtomicBoolean();

	/** Touched by the worker thread only. */
	private Map<String, float[]> vectors = Map.of();

	private volatile KnowledgeSearch current;

	KnowledgeIndex(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Asks for a rebuild; one already waiting to start covers this request too. */
	void rebuild() {
		if (this.requested.compareAndSet(false, true)) {
			this.worker.execute(this::build);
		}
	}

	/**
	 * Builds nothing on a platform without published articles: the model is not needed.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void started() {
		boolean any = this.jdbc.sql("select exists (select 1 from knowledge_article where status = 'PUBLISHED')")
			.query(Boolean.class)
			.single();
		if (any) {
			rebuild();
		}
	}

	@Scheduled(cron = "${hotline.knowledge.rebuild-cron:0 1 0 * * *}", zone = "Asia/Shanghai")
	void nightly() {
		if (this.current != null) {
			rebuild();
		}
		else {
			started();
		}
	}

	List<KnowledgeHit> search(String text, int size, SearchMode mode) {
		KnowledgeSearch search = this.current;
		if (search == null) {
			return List.of();
		}
		if (mode != SearchMode.FULLTEXT && TextEmbeddings.unavailable().isPresent()) {
			if (mode == SearchMode.SEMANTIC) {
				throw Problem.unavailable(java.time.Duration.ofHours(1), "knowledge.semantic-unavailable",
						TextEmbeddings.unavailable().get());
			}
			// the words alone still find articles where the model cannot run
			mode = SearchMode.FULLTEXT;
		}
		return search.search(text, size, mode);
	}

	private void build() {
		// cleared first: a change committed from now on asks for the next rebuild
		this.requested.set(false);
		try {
			LocalDate today = LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
			List<KnowledgeArticle> stored = this.jdbc.sql("""
					select * from knowledge_article where status = 'PUBLISHED'
					and (effective_from is null or effective_from <= ?) and (expires_at is null or expires_at >= ?)
					order by id""").params(today, today).query((rs, n) -> KnowledgeArticles.article(rs)).list();
			List<Article> articles = stored.stream().map(KnowledgeIndex::article).toList();
			this.current = KnowledgeSearch.build(articles, vectors(stored, articles), Synonyms.builtIn());
			// the previous index is left to the collector, not closed: a search may still
			// be reading it
			log.info("knowledge index rebuilt: {} articles in effect on {}", articles.size(), today);
		}
		catch (RuntimeException ex) {
			log.warn("knowledge index not rebuilt; searches keep the previous one", ex);
		}
	}

	private float[][] vectors(List<KnowledgeArticle> stored, List<Article> articles) {
		if (TextEmbeddings.unavailable().isPresent()) {
			return new float[articles.size()][1];
		}
		Map<String, float[]> kept = new HashMap<>();
		List<Integer> missing = new ArrayList<>();
		for (int i = 0; i < stored.size(); i++) {
			float[] vector = this.vectors.get(key(stored.get(i)));
			if (vector == null) {
				missing.add(i);
			}
			else {
				kept.put(key(stored.get(i)), vector);
			}
		}
		// the model refuses an empty batch (a review or an expiry embeds nothing new)
		float[][] embedded = missing.isEmpty() ? new float[0][]
				: KnowledgeSearch.embed(missing.stream().map(articles::get).toList());
		for (int j = 0; j < missing.size(); j++) {
			kept.put(key(stored.get(missing.get(j))), embedded[j]);
		}
		// versions no longer in effect drop out of the cache with this replacement
		this.vectors = kept;
		return stored.stream().map((a) -> kept.get(key(a))).toArray(float[][]::new);
	}

	private static String key(KnowledgeArticle article) {
		return article.id() + "/" + article.version();
	}

	private static Article article(KnowledgeArticle stored) {
		ArticleContent content = stored.content();
		return new Article(stored.id(), content.title(), content.questions(), content.answer(), content.tags());
	}

	@jakarta.annotation.PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

}
