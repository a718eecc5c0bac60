package io.hotline.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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

	private final List<Article> articles;

	private final Synonyms synonyms;

	private final FullText fulltext;

	private final Semantic semantic;

	private KnowledgeSearch(List<Article> articles, float[][] vectors, Synonyms synonyms) {
		if (vectors.length != articles.size()) {
			throw new IllegalArgumentException(vectors.length + " vectors for " + articles.size() + " articles");
		}
		this.articles = List.copyOf(articles);
		this.synonyms = synonyms;
		this.fulltext = new FullText(this.articles);
		this.semantic = new Semantic(vectors);
	}

	/** Indexes the articles, embedding each, with the built-in synonyms. */
	public static KnowledgeSearch build(List<Article> articles) {
		return build(articles, embed(articles), Synonyms.builtIn());
	}

	/** Indexes the articles with their embeddings as {@link #embed} made them. */
	public static KnowledgeSearch build(List<Article> articles, float[][] vectors, Synonyms synonyms) {
		return new KnowledgeSearch(articles, vectors, synonyms);
	}

	/** The articles' embeddings, of length 1, on one worker per core. */
	public static float[][] embed(List<Article> articles) {
		return TextEmbeddings.embedAll(articles.stream().map(KnowledgeSearch::embeddingText).toList(),
				ARTICLE_EMBEDDING_CHARS);
	}

	private static String embeddingText(Article article) {
		return article.head() + "\n" + article.answer();
	}

	public List<KnowledgeHit> search(String text, int size, SearchMode mode) {
		return search(text, size, mode, Fusion.DEFAULT);
	}

	/**
	 * A combined search with another fusion than the default (the benchmark's choice).
	 */
	public List<KnowledgeHit> search(String text, int size, Fusion fusion) {
		return search(text, size, SearchMode.COMBINED, fusion);
	}

	private List<KnowledgeHit> search(String text, int size, SearchMode mode, Fusion fusion) {
		if (text == null || text.isBlank() || size <= 0) {
			return List.of();
		}
		FullText.QueryTerms terms = this.fulltext.terms(text, this.synonyms);
		int candidates = Math.max(size, CANDIDATES);
		List<Scored> ranked = switch (mode) {
			case FULLTEXT -> this.fulltext.search(terms, size);
			case SEMANTIC -> this.semantic.search(TextEmbeddings.embed(text, QUERY_EMBEDDING_CHARS), size);
			case COMBINED -> fusion.fuseScored(this.fulltext.search(terms, candidates),
					this.semantic.search(TextEmbeddings.embed(text, QUERY_EMBEDDING_CHARS), candidates));
		};
		List<String> highlighted = terms.all();
		List<KnowledgeHit> hits = new ArrayList<>(Math.min(size, ranked.size()));
		for (Scored hit : ranked.subList(0, Math.min(size, ranked.size()))) {
			Article article = this.articles.get(hit.article());
			String where = (Highlighter.covered(article.answer(), highlighted) > 0) ? article.answer() : article.head();
			hits.add(new KnowledgeHit(article.id(), article.title(), hit.score(),
					Highlighter.excerpt(where, highlighted)));
		}
		return hits;
	}

	public int size() {
		return this.articles.size();
	}

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
