package io.hotline.knowledge.articles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.hotline.catalog.Catalog;
import io.hotline.platform.Worker;
import io.hotline.platform.Workers;
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

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The search over the published articles in effect today. A writer reads their own write:
 * once a change is committed, the writer's thread reads the changed articles as published
 * now, embeds them and adds them to the search as a small segment of their own, hiding
 * the versions they replace ({@link KnowledgeSearch#with}), before the request answers. A
 * rebuild on one background thread makes one segment again, at start-up, every night
 * (when articles expire or come into effect) and once {@value #COMPACT_AFTER} changes
 * have made their segments; changes committed while it reads are applied again to what it
 * built. Each article's embedding is kept by (id, version), so that nothing is embedded
 * twice.
 */
@Component
class KnowledgeIndex {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeIndex.class);

	/** A rebuild merges the segments of this many changes. */
	static final int COMPACT_AFTER = 32;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PublishedArticles published;

	private final Catalog catalog;

	private final Workers workers;

	private final Worker worker;

	private final AtomicBoolean requested = new AtomicBoolean();

	/** The embeddings by article and version. */
	private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

	/** Guards the changes, their count, and every replacement of the snapshot. */
	private final Object lock = new Object();

	/** Changes applied so far, counted. */
	private long changes;

	/**
	 * The articles changed since the last rebuild began to read, with the count of the
	 * last change of each: a rebuild applies them again to what it built.
	 */
	private final Map<Long, Long> changedSince = new HashMap<>();

	private volatile Snapshot current;

	/** Whether the start's rebuild is done, or found nothing to build. */
	private volatile boolean ready;

	KnowledgeIndex(JdbcClient jdbc, Clock clock, PublishedArticles published, Catalog catalog, Workers workers) {
		this.workers = workers;
		this.worker = workers.create("knowledge-index", 100);
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
	 * Brings committed changes of these articles into the search now, on the caller's
	 * thread: each is read as published today (or taken out if it is not), and embedded.
	 * Where the model fails, the articles are found by their words (their vectors
	 * unknown, see {@link KnowledgeSearch#with}) and the next rebuild embeds them. Never
	 * throws: the change is committed, and a rebuild is asked for where it could not be
	 * applied.
	 */
	void changed(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		try {
			// the slow part, embedding, outside the lock; what is read under it again is
			// then embedded already (unless a newer version was committed meanwhile)
			embedded(inEffect(this.published.all(ids), today()));
			synchronized (this.lock) {
				long change = ++this.changes;
				ids.forEach((id) -> this.changedSince.put(id, change));
				Snapshot before = (this.current != null) ? this.current : empty();
				this.current = applied(before, ids);
				if (this.current.search().segments() > COMPACT_AFTER) {
					rebuild();
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("knowledge articles {} not brought into the search at once; a rebuild follows", ids, ex);
			rebuild();
		}
	}

	/**
	 * Builds nothing on a platform without published articles: the model is not needed.
	 */
	@EventListener(ApplicationStartedEvent.class)
	void started() {
		this.workers.atStart(this.worker, () -> {
			boolean any = this.jdbc
				.sql("select exists (select 1 from knowledge_article where published_version is not null)")
				.query(Boolean.class)
				.single();
			if (any) {
				rebuild();
			}
			else {
				this.ready = true;
			}
		});
	}

	// on every instance of a cluster, no scheduler lock: each rebuilds what it holds in
	// memory
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
		if (snapshot == null || snapshot.search().size() == 0) {
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

	/** Whether the start's rebuild is done (or there was nothing to build). */
	boolean ready() {
		return this.ready;
	}

	/**
	 * Whether the search shows this version of the article (null: none), as far as a
	 * change needs to be brought in: an article with no published version is not shown.
	 */
	boolean shows(long id, Integer publishedVersion) {
		Snapshot snapshot = this.current;
		IndexedArticle shown = (snapshot == null) ? null : snapshot.byId().get(id);
		if (shown == null) {
			return publishedVersion == null;
		}
		return publishedVersion != null && publishedVersion.equals(shown.article().publishedVersion());
	}

	/** The article as the search has it now, if it is in effect and published. */
	Optional<IndexedArticle> article(long id) {
		Snapshot snapshot = this.current;
		return (snapshot == null) ? Optional.empty() : Optional.ofNullable(snapshot.byId().get(id));
	}

	private void build() {
		// cleared first: a change committed from now on asks for the next rebuild
		this.requested.set(false);
		try {
			long start;
			synchronized (this.lock) {
				start = this.changes;
			}
			LocalDate today = today();
			List<KnowledgeArticle> stored = inEffect(this.published.all(), today);
			List<Article> articles = stored.stream().map(KnowledgeIndex::article).toList();
			float[][] vectors = embedded(stored);
			KnowledgeSearch search = KnowledgeSearch.build(articles, vectors, Synonyms.builtIn());
			synchronized (this.lock) {
				// what was committed before the reading began is in what was read
				this.changedSince.values().removeIf((change) -> change <= start);
				Snapshot built = new Snapshot(search, indexed(stored));
				this.current = this.changedSince.isEmpty() ? built
						: applied(built, Set.copyOf(this.changedSince.keySet()));
				Set<String> kept = new HashSet<>();
				this.current.byId().values().forEach((a) -> kept.add(key(a.article())));
				// versions no longer in effect drop out of the cache
				this.vectors.keySet().retainAll(kept);
			}
			// the previous index is left to the collector, not closed: a search may still
			// be reading it
			log.info("knowledge index rebuilt: {} articles in effect on {}", articles.size(), today);
		}
		catch (RuntimeException ex) {
			log.warn("knowledge index not rebuilt; searches keep the previous one", ex);
		}
		finally {
			this.ready = true;
		}
	}

	/** The snapshot with the articles of these ids as published today, under the lock. */
	private Snapshot applied(Snapshot before, Collection<Long> ids) {
		List<KnowledgeArticle> now = inEffect(this.published.all(ids), today());
		Set<Long> removed = new HashSet<>(ids);
		now.forEach((a) -> removed.remove(a.id()));
		float[][] vectors = embedded(now);
		KnowledgeSearch search = before.search()
			.with(now.stream().map(KnowledgeIndex::article).toList(), vectors, removed);
		return before.with(search, indexed(now), removed);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
	}

	private static List<KnowledgeArticle> inEffect(List<KnowledgeArticle> articles, LocalDate today) {
		return articles.stream().filter((a) -> a.content().inEffect(today)).toList();
	}

	private Snapshot empty() {
		return new Snapshot(KnowledgeSearch.build(List.of(), new float[0][], Synonyms.builtIn()), List.of());
	}

	private List<IndexedArticle> indexed(List<KnowledgeArticle> stored) {
		Map<String, Category> categories = new HashMap<>();
		List<IndexedArticle> indexed = new ArrayList<>(stored.size());
		for (KnowledgeArticle article : stored) {
			Set<String> line = new HashSet<>();
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
			indexed.add(new IndexedArticle(article, Set.copyOf(line), name));
		}
		return indexed;
	}

	/**
	 * The articles' embeddings, those not kept yet embedded now and kept; where the model
	 * fails, null (unknown) for those.
	 */
	private float[][] embedded(List<KnowledgeArticle> stored) {
		if (TextEmbeddings.unavailable().isPresent()) {
			return new float[stored.size()][1];
		}
		List<KnowledgeArticle> missing = stored.stream().filter((a) -> !this.vectors.containsKey(key(a))).toList();
		// the model refuses an empty batch (a review or an expiry embeds nothing new)
		if (!missing.isEmpty()) {
			try {
				float[][] embedded = KnowledgeSearch.embed(missing.stream().map(KnowledgeIndex::article).toList());
				for (int j = 0; j < missing.size(); j++) {
					this.vectors.put(key(missing.get(j)), embedded[j]);
				}
			}
			catch (RuntimeException ex) {
				log.warn("{} knowledge articles not embedded; found by their words until they are", missing.size(), ex);
			}
		}
		return stored.stream().map((a) -> this.vectors.get(key(a))).toArray(float[][]::new);
	}

	private static String key(KnowledgeArticle article) {
		return article.id() + "/" + article.publishedVersion();
	}

	private static Article article(KnowledgeArticle stored) {
		ArticleContent content = stored.content();
		return new Article(stored.id(), content.title(), content.questions(), content.answer(), content.tags());
	}

	/**
	 * One index and the articles it holds, by position (those replaced since it was built
	 * included) and, in the search, by id.
	 */
	private record Snapshot(KnowledgeSearch search, List<IndexedArticle> articles, Map<Long, IndexedArticle> byId) {

		Snapshot(KnowledgeSearch search, List<IndexedArticle> articles) {
			this(search, articles, byId(articles));
		}

		/** The snapshot with articles added or replaced and others removed. */
		Snapshot with(KnowledgeSearch search, List<IndexedArticle> changed, Collection<Long> removed) {
			List<IndexedArticle> articles = new ArrayList<>(this.articles.size() + changed.size());
			articles.addAll(this.articles);
			articles.addAll(changed);
			Map<Long, IndexedArticle> byId = new HashMap<>(this.byId);
			removed.forEach(byId::remove);
			changed.forEach((a) -> byId.put(a.article().id(), a));
			return new Snapshot(search, java.util.Collections.unmodifiableList(articles),
					java.util.Collections.unmodifiableMap(byId));
		}

		private static Map<Long, IndexedArticle> byId(List<IndexedArticle> articles) {
			Map<Long, IndexedArticle> byId = new HashMap<>();
			articles.forEach((a) -> byId.put(a.article().id(), a));
			return byId;
		}

	}

}
