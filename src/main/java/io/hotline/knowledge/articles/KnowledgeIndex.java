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

import io.hotline.catalog.Catalog;
import io.hotline.catalog.Category;
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

	private final PublishedArticles published;

	private final Catalog catalog;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "knowledge-index");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean requested = new AtomicBoolean();

	/** Touched by the worker thread only. */
	private Map<String, float[]> vectors = Map.of();

	private volatile Snapshot current;

	KnowledgeIndex(JdbcClient jdbc, Clock clock, PublishedArticles published, Catalog catalog) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.published = published;
		this.catalog = catalog;
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
		boolean any = this.jdbc
			.sql("select exists (select 1 from knowledge_article where published_version is not null)")
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

	/** The articles found, best first, among those the filter admits. */
	List<Found> search(String text, int size, SearchMode mode, SearchFilter filter) {
		Snapshot snapshot = this.current;
		if (snapshot == null) {
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
		List<IndexedArticle> articles = snapshot.articles();
		List<KnowledgeHit> hits = filter.admitsAll() ? snapshot.search().search(text, size, mode)
				: snapshot.search().search(text, size, mode, (i) -> filter.admits(articles.get(i)));
		List<Found> found = new ArrayList<>(hits.size());
		for (KnowledgeHit hit : hits) {
			found.add(new Found(hit, snapshot.byId().get(hit.id())));
		}
		return found;
	}

	/** The article as the search has it now, if it is in effect and published. */
	java.util.Optional<IndexedArticle> article(long id) {
		Snapshot snapshot = this.current;
		return (snapshot == null) ? java.util.Optional.empty() : java.util.Optional.ofNullable(snapshot.byId().get(id));
	}

	private void build() {
		// cleared first: a change committed from now on asks for the next rebuild
		this.requested.set(false);
		try {
			LocalDate today = LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
			List<KnowledgeArticle> stored = this.published.all()
				.stream()
				.filter((a) -> a.content().inEffect(today))
				.toList();
			List<Article> articles = stored.stream().map(KnowledgeIndex::article).toList();
			KnowledgeSearch search = KnowledgeSearch.build(articles, vectors(stored, articles), Synonyms.builtIn());
			this.current = new Snapshot(search, indexed(stored));
			// the previous index is left to the collector, not closed: a search may still
			// be reading it
			log.info("knowledge index rebuilt: {} articles in effect on {}", articles.size(), today);
		}
		catch (RuntimeException ex) {
			log.warn("knowledge index not rebuilt; searches keep the previous one", ex);
		}
	}

	private List<IndexedArticle> indexed(List<KnowledgeArticle> stored) {
		Map<String, Category> categories = new HashMap<>();
		List<IndexedArticle> indexed = new ArrayList<>(stored.size());
		for (KnowledgeArticle article : stored) {
			java.util.Set<String> line = new java.util.HashSet<>();
			String name = null;
			for (String code = article.content().categoryCode(); code != null;) {
				Category category = categories.computeIfAbsent(code, (c) -> this.catalog.category(c).orElse(null));
				if (category == null) {
					break;
				}
				line.add(code);
				name = (name == null) ? category.pathName() : name;
				code = category.parentCode();
			}
			indexed.add(new IndexedArticle(article, java.util.Set.copyOf(line), name));
		}
		return indexed;
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
		return article.id() + "/" + article.publishedVersion();
	}

	private static Article article(KnowledgeArticle stored) {
		ArticleContent content = stored.content();
		return new Article(stored.id(), content.title(), content.questions(), content.answer(), content.tags());
	}

	/** One index and the articles it holds, by position and by id. */
	private record Snapshot(KnowledgeSearch search, List<IndexedArticle> articles, Map<Long, IndexedArticle> byId) {

		Snapshot(KnowledgeSearch search, List<IndexedArticle> articles) {
			this(search, articles, byId(articles));
		}

		private static Map<Long, IndexedArticle> byId(List<IndexedArticle> articles) {
			Map<Long, IndexedArticle> byId = new HashMap<>();
			articles.forEach((a) -> byId.put(a.article().id(), a));
			return byId;
		}

	}

	@jakarta.annotation.PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

}
