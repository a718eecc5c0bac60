package io.hotline.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * BM25 over four fields: the head (title, questions, tags) and the answer, each as
 * bigrams and as words. A query term counts {@value #HEAD_BOOST} times in the head, as an
 * article's title and questions say what it is about and its answer says much else.
 */
final class FullText implements AutoCloseable {

	static final float HEAD_BOOST = 3f;

	/** Synonyms a query did not write weigh a little less than its own words. */
	static final float SYNONYM_BOOST = 0.7f;

	/**
	 * A typed text of a whole call is long; its first characters say most, and more terms
	 * cost time without finding better articles (on the benchmark, 100 characters find as
	 * many as 200 in the first five, and a recommendation at 100,000 articles takes half
	 * the time).
	 */
	static final int QUERY_CHARS = 100;

	/**
	 * BM25 with the whole length normalisation (b = 1, Lucene's default 0.75): a long
	 * article matches many terms by its length alone. On the benchmark's pairs, b = 0.5,
	 * 0.75, 0.9 and 1.0 give full-text Recall@5 0.679, 0.707, 0.716 and 0.720.
	 */
	static final BM25Similarity BM25 = new BM25Similarity(1.2f, 1.0f);

	private static final int MAX_BIGRAMS = 80;

	private static final int MAX_WORDS = 40;

	private final ChineseAnalyzer analyzer;

	/** One Lucene segment each, in the articles' order: the first the whole set built. */
	private final List<DirectoryReader> segments;

	private final IndexSearcher searcher;

	FullText(List<Article> articles) {
		this(new ChineseAnalyzer(), List.of(), articles);
	}

	private FullText(ChineseAnalyzer analyzer, List<DirectoryReader> before, List<Article> more) {
		this.analyzer = analyzer;
		List<DirectoryReader> segments = new ArrayList<>(before);
		if (more.isEmpty() && !segments.isEmpty()) {
			this.segments = List.copyOf(segments);
		}
		else {
			segments.add(segment(analyzer, more));
			this.segments = List.copyOf(segments);
		}
		try {
			// a reader over all the segments, so that their terms' statistics are one
			IndexReader reader = (this.segments.size() == 1) ? this.segments.get(0)
					: new MultiReader(this.segments.toArray(IndexReader[]::new), false);
			this.searcher = new IndexSearcher(reader);
			this.searcher.setSimilarity(BM25);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * This index with the articles added after the ones it has, as a segment of their
	 * own: the segments before are shared, not copied, so that adding a few articles to a
	 * large index takes as long as indexing the few.
	 */
	FullText with(List<Article> more) {
		return new FullText(this.analyzer, this.segments, more);
	}

	int segments() {
		return this.segments.size();
	}

	private static DirectoryReader segment(ChineseAnalyzer analyzer, List<Article> articles) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory,
				new IndexWriterConfig(analyzer).setRAMBufferSizeMB(128).setSimilarity(BM25))) {
			for (Article article : articles) {
				Document doc = new Document();
				String head = article.head() + "\n" + String.join(" ", article.tags());
				doc.add(new TextField("head", head, Field.Store.NO));
				doc.add(new TextField("head" + ChineseAnalyzer.WORDS, head, Field.Store.NO));
				doc.add(new TextField("answer", article.answer(), Field.Store.NO));
				doc.add(new TextField("answer" + ChineseAnalyzer.WORDS, article.answer(), Field.Store.NO));
				writer.addDocument(doc);
			}
			// One segment, written in the order given: a document's number is the
			// article's position, so no stored field needs reading per hit.
			writer.forceMerge(1);
			writer.commit();
			return DirectoryReader.open(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The query's terms, its own and its synonyms', for searching and highlighting. */
	QueryTerms terms(String text, Synonyms synonyms) {
		String start = text.length() > QUERY_CHARS ? text.substring(0, QUERY_CHARS) : text;
		Set<String> bigrams = this.analyzer.terms("head", start, MAX_BIGRAMS);
		Set<String> words = this.analyzer.terms("head" + ChineseAnalyzer.WORDS, start, MAX_WORDS);
		Set<String> more = new LinkedHashSet<>();
		for (String phrase : synonyms.expand(start)) {
			more.addAll(this.analyzer.terms("head", phrase, 8));
			more.addAll(this.analyzer.terms("head" + ChineseAnalyzer.WORDS, phrase, 4));
		}
		more.removeAll(bigrams);
		more.removeAll(words);
		return new QueryTerms(bigrams, words, more);
	}

	List<Scored> search(QueryTerms terms, int count) {
		return search(terms, count, null);
	}

	/**
	 * The best articles among those {@code admit} lets in (all where it is null). Each
	 * segment is one Lucene segment in the articles' order, one after the other, so a
	 * document's number is the article's position.
	 */
	List<Scored> search(QueryTerms terms, int count, IntPredicate admit) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		terms.bigrams().forEach((t) -> add(query, "", t, 1f));
		terms.words().forEach((t) -> add(query, ChineseAnalyzer.WORDS, t, 1f));
		// A synonym is added to both fields of its kind: bigrams hold CJK pairs, the
		// words field whole words; a term absent from a field costs nothing.
		terms.synonyms().forEach((t) -> {
			add(query, "", t, SYNONYM_BOOST);
			add(query, ChineseAnalyzer.WORDS, t, SYNONYM_BOOST);
		});
		try {
			List<Scored> hits = new ArrayList<>();
			ScoreDoc[] found;
			if (admit == null) {
				found = this.searcher.search(query.build(), count).scoreDocs;
			}
			else {
				TopScoreDocCollector top = new TopScoreDocCollectorManager(count, Integer.MAX_VALUE).newCollector();
				this.searcher.search(query.build(), new Admitted(top, admit));
				found = top.topDocs().scoreDocs;
			}
			for (ScoreDoc hit : found) {
				hits.add(new Scored(hit.doc, hit.score));
			}
			return hits;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Passes on to the top-scores collector only the documents admitted. */
	private static final class Admitted extends FilterCollector {

		private final IntPredicate admit;

		Admitted(Collector in, IntPredicate admit) {
			super(in);
			this.admit = admit;
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			int base = context.docBase;
			return new FilterLeafCollector(super.getLeafCollector(context)) {
				@Override
				public void collect(int doc) throws IOException {
					if (Admitted.this.admit.test(base + doc)) {
						super.collect(doc);
					}
				}
			};
		}

	}

	private static void add(BooleanQuery.Builder query, String suffix, String term, float boost) {
		query.add(boosted(new TermQuery(new Term("head" + suffix, term)), HEAD_BOOST * boost),
				BooleanClause.Occur.SHOULD);
		query.add(boosted(new TermQuery(new Term("answer" + suffix, term)), boost), BooleanClause.Occur.SHOULD);
	}

	private static Query boosted(Query query, float boost) {
		return (boost == 1f) ? query : new BoostQuery(query, boost);
	}

	/** Closes the segments, those shared with the indexes made from this one too. */
	@Override
	public void close() throws IOException {
		for (DirectoryReader segment : this.segments) {
			segment.close();
			segment.directory().close();
		}
		this.analyzer.close();
	}

	/** A query's bigrams and words, and the terms its synonyms add. */
	record QueryTerms(Set<String> bigrams, Set<String> words, Set<String> synonyms) {

		List<String> all() {
			List<String> all = new ArrayList<>(this.bigrams);
			all.addAll(this.words);
			all.addAll(this.synonyms);
			return all;
		}

	}

}
