package io.hotline.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntPredicate;

import io.hotline.classification.TextEmbeddings;

/**
 * Search over a set of articles, built in memory: full-text
 * ({@link SearchMode#FULLTEXT}), by meaning ({@link SearchMode#SEMANTIC}) or both fused
 * ({@link SearchMode#COMBINED}). Safe for concurrent searches; a changed set of articles
 * is a new instance.
 */
public final class KnowledgeSearch implements AutoCloseable {

	/** An article's title, questions and the start of its answer make its embedding. */
	public static final int ARTICLE_EMBEDDING_CHARS = 160;

	/** The start of a query says what it asks; a long one costs more per character. */
	public static final int QUERY_EMBEDDING_CHARS = 128;

	/** Each ranking offers this many candidates to the fusion. */
	static final int CANDIDATES = 50;

	/** Threads for the query embeddings of combined searches, made as needed. */
	private static final ExecutorService EMBEDDER = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "knowledge-query-embedding");
		thread.setDaemon(true);
		return thread;
	});

	/** The articles by position, those hidden included. */
	private final List<Article> articles;

	/** The positions of articles replaced or removed since the search was built. */
	private final BitSet hidden;

	private final Synonyms synonyms;

	private final FullText fulltext;

	private final SemanticSegments semantic;

	private KnowledgeSearch(List<Article> articles, float[][] vectors, Synonyms synonyms) {
		if (vectors.length != articles.size()) {
			throw new IllegalArgumentException(vectors.length + " vectors for " + articles.size() + " articles");
		}
		this.articles = List.copyOf(articles);
		this.hidden = new BitSet();
		this.synonyms = synonyms;
		this.fulltext = new FullText(this.articles);
		this.semantic = new SemanticSegments(vectors);
	}

	private KnowledgeSearch(List<Article> articles, BitSet hidden, Synonyms synonyms, FullText fulltext,
			SemanticSegments semantic) {
		this.articles = articles;
		this.hidden = hidden;
		this.synonyms = synonyms;
		this.fulltext = fulltext;
		this.semantic = semantic;
	}

	/**
	 * This search with some articles changed: {@code changed} added, or in place of the
	 * article of the same id, with their vectors (a null vector: not known yet, the
	 * article found by its words and ranked by them on the semantic side too until it is
	 * known), and the articles of the ids {@code removed} taken out. The articles before
	 * are not indexed again: the changed ones make a small segment of their own beside
	 * them, and those they replace are hidden, so that a change costs as long as indexing
	 * it and not the whole set (until a rebuild makes one segment again). This search is
	 * left as it was.
	 */
	public KnowledgeSearch with(List<Article> changed, float[][] vectors, Collection<Long> removed) {
		if (vectors.length != changed.size()) {
			throw new IllegalArgumentException(vectors.length + " vectors for " + changed.size() + " articles");
		}
		Set<Long> gone = new HashSet<>(removed);
		changed.forEach((a) -> gone.add(a.id()));
		BitSet hidden = (BitSet) this.hidden.clone();
		for (int i = 0; i < this.articles.size(); i++) {
			if (!hidden.get(i) && gone.contains(this.articles.get(i).id())) {
				hidden.set(i);
			}
		}
		List<Article> articles = new ArrayList<>(this.articles.size() + changed.size());
		articles.addAll(this.articles);
		articles.addAll(changed);
		return new KnowledgeSearch(java.util.Collections.unmodifiableList(articles), hidden, this.synonyms,
				this.fulltext.with(changed), this.semantic.with(vectors));
	}

	/**
	 * How many segments the search holds: one as built, one more for each change since.
	 */
	public int segments() {
		return this.fulltext.segments();
	}

	/** Indexes the articles, embedding each, with the built-in synonyms. */
	public static KnowledgeSearch build(List<Article> articles) {
		return build(articles, embed(articles), Synonyms.builtIn());
	}

	/** Indexes the articles with their embeddings as {@link #embed} made them. */
	public static KnowledgeSearch build(List<Article> articles, float[][] vectors, Synonyms synonyms) {
		return new KnowledgeSearch(articles, vectors, synonyms);
	}

	/**
	 * An article's text can be embedded in this many chunks, its vector their mean
	 * (normalised), one vector an article. The benchmark found three chunks worse than
	 * one (combined Recall@5 0.732 against 0.748): the mean blurs the answer's subject.
	 */
	static final int EMBEDDING_CHUNKS = 1;

	/** The articles' embeddings, of length 1, on one worker per core. */
	public static float[][] embed(List<Article> articles) {
		List<String> texts = new ArrayList<>();
		int[] first = new int[articles.size() + 1];
		for (int a = 0; a < articles.size(); a++) {
			first[a] = texts.size();
			texts.addAll(chunks(embeddingText(articles.get(a))));
		}
		first[articles.size()] = texts.size();
		float[][] chunkVectors = TextEmbeddings.embedAll(texts, ARTICLE_EMBEDDING_CHARS);
		float[][] vectors = new float[articles.size()][];
		for (int a = 0; a < articles.size(); a++) {
			vectors[a] = mean(chunkVectors, first[a], first[a + 1]);
		}
		return vectors;
	}

	/**
	 * The head and the answer without the formulas of a reply (greetings, thanks, date).
	 */
	static String embeddingText(Article article) {
		return article.head() + "\n" + Boilerplate.strip(article.answer());
	}

	/**
	 * Consecutive pieces of {@link #ARTICLE_EMBEDDING_CHARS}, at most
	 * {@link #EMBEDDING_CHUNKS}.
	 */
	static List<String> chunks(String text) {
		List<String> chunks = new ArrayList<>();
		for (int from = 0; from < text.length() && chunks.size() < EMBEDDING_CHUNKS; from += ARTICLE_EMBEDDING_CHARS) {
			String chunk = text.substring(from, Math.min(text.length(), from + ARTICLE_EMBEDDING_CHARS));
			// A short tail says little alone; it stays only as the first chunk.
			if (chunk.codePoints().filter(Character::isLetterOrDigit).count() >= ARTICLE_EMBEDDING_CHARS / 4
					|| (chunks.isEmpty() && !chunk.isBlank())) {
				chunks.add(chunk);
			}
		}
		if (chunks.isEmpty()) {
			chunks.add(text.isBlank() ? "-" : text);
		}
		return chunks;
	}

	private static float[] mean(float[][] vectors, int from, int to) {
		float[] mean = vectors[from].clone();
		for (int v = from + 1; v < to; v++) {
			for (int d = 0; d < mean.length; d++) {
				mean[d] += vectors[v][d];
			}
		}
		double norm = 0;
		for (float x : mean) {
			norm += x * x;
		}
		float scale = (norm > 0) ? (float) (1 / Math.sqrt(norm)) : 1f;
		for (int d = 0; d < mean.length; d++) {
			mean[d] *= scale;
		}
		return mean;
	}

	public List<KnowledgeHit> search(String text, int size, SearchMode mode) {
		return search(text, size, mode, Fusion.DEFAULT, null);
	}

	/**
	 * A search among the articles {@code admit} lets in, by their positions in the list
	 * the search was built from (a filter on category, department or audience).
	 */
	public List<KnowledgeHit> search(String text, int size, SearchMode mode, IntPredicate admit) {
		return search(text, size, mode, Fusion.DEFAULT, admit);
	}

	/**
	 * A combined search with another fusion than the default (the benchmark's choice).
	 */
	public List<KnowledgeHit> search(String text, int size, Fusion fusion) {
		return search(text, size, SearchMode.COMBINED, fusion, null);
	}

	private List<KnowledgeHit> search(String text, int size, SearchMode mode, Fusion fusion, IntPredicate filter) {
		if (text == null || text.isBlank() || size <= 0) {
			return List.of();
		}
		IntPredicate admit = this.hidden.isEmpty() ? filter
				: (filter == null) ? (i) -> !this.hidden.get(i) : (i) -> !this.hidden.get(i) && filter.test(i);
		FullText.QueryTerms terms = this.fulltext.terms(text, this.synonyms);
		int candidates = Math.max(size, CANDIDATES);
		// the query's embedding (the longest part of a search) is computed on another
		// thread while this one runs the full-text search
		CompletableFuture<float[]> embedding = (mode == SearchMode.FULLTEXT) ? null
				: CompletableFuture.supplyAsync(() -> queryEmbedding(text), EMBEDDER);
		List<Scored> ranked = switch (mode) {
			case FULLTEXT -> this.fulltext.search(terms, size, admit);
			case SEMANTIC -> this.semantic.search(embedding.join(), size, admit);
			case COMBINED -> {
				List<Scored> fulltextHits = this.fulltext.search(terms, candidates, admit);
				yield fusion.fuseScored(fulltextHits, this.semantic.search(embedding.join(), candidates, admit),
						this.semantic::unknown);
			}
		};
		List<String> highlighted = terms.all();
		List<KnowledgeHit> hits = new ArrayList<>(Math.min(size, ranked.size()));
		for (Scored hit : ranked.subList(0, Math.min(size, ranked.size()))) {
			Article article = this.articles.get(hit.article());
			String where = (Highlighter.covered(article.answer(), highlighted) > 0) ? article.answer() : article.head();
			Double similarity = (embedding == null) ? null : this.semantic.similarity(embedding.join(), hit.article());
			hits.add(new KnowledgeHit(article.id(), article.title(), hit.score(),
					Highlighter.excerpt(where, highlighted), similarity));
		}
		return hits;
	}

	private static float[] queryEmbedding(String text) {
		return TextEmbeddings.embed(text, QUERY_EMBEDDING_CHARS);
	}

	/** The articles searched (those replaced or removed by a change not counted). */
	public int size() {
		return this.articles.size() - this.hidden.cardinality();
	}

	/**
	 * Closes the index, and with it those made from it by {@link #with} (they share its
	 * segments).
	 */
	@Override
	public void close() {
		try {
			this.fulltext.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
