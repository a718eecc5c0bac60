package io.hotline.dispatch;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.hotline.dispatch.PastOrders.PastOrder;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The past orders a model learned from, in a Lucene index of their texts' character
 * bigrams (BM25), to show a dispatcher the most similar ones in their matter, with the
 * units that handled them.
 */
final class SimilarOrders implements Closeable {

	/** The query is the start of the text: the title and the first sentences say most. */
	static final int QUERY_CHARS = 200;

	private static final int EXCERPT_CHARS = 80;

	/** A bigram in more than this share of the orders is boilerplate. */
	static final double COMMON = 0.05;

	/** Below this many orders, no share says what is boilerplate. */
	static final int MIN_ORDERS = 40;

	private final Directory directory;

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private final Analyzer analyzer = new CJKAnalyzer();

	private SimilarOrders(Directory directory) throws IOException {
		this.directory = directory;
		this.reader = DirectoryReader.open(directory);
		this.searcher = new IndexSearcher(this.reader);
	}

	static void build(Path folder, List<PastOrder> orders) throws IOException {
		try (Directory directory = FSDirectory.open(folder);
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new CJKAnalyzer()))) {
			for (PastOrder order : orders) {
				Document doc = new Document();
				doc.add(new TextField("text", order.text(), Field.Store.NO));
				doc.add(new StoredField("id", order.id()));
				doc.add(new StoredField("number", order.number()));
				doc.add(new StoredField("excerpt", excerpt(order.text())));
				doc.add(new StoredField("category", order.categoryCode()));
				doc.add(new StoredField("unit", order.mainUnitId()));
				writer.addDocument(doc);
			}
			writer.forceMerge(1);
		}
	}

	static SimilarOrders open(Path folder) throws IOException {
		return new SimilarOrders(FSDirectory.open(folder));
	}

	/**
	 * The past orders most like the text in its matter: the text's bigrams that occur in
	 * more than {@link #COMMON} of the orders are the hotline's boilerplate (多次反映, 未见改善,
	 * 相关部门), learned from the orders themselves, and match nothing; the others weigh by
	 * their rarity (IDF) once more, so that the matter's words decide.
	 */
	List<Similar> like(String text, int count) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int clauses = 0;
		try {
			int docs = this.reader.numDocs();
			for (String t : terms(text)) {
				Term term = new Term("text", t);
				int df = this.reader.docFreq(term);
				if (df == 0 || (docs >= MIN_ORDERS && df > docs * COMMON)) {
					continue;
				}
				float idf = (float) Math.log(1 + (docs - df + 0.5) / (df + 0.5));
				query.add(new BoostQuery(new TermQuery(term), idf), BooleanClause.Occur.SHOULD);
				clauses++;
			}
			if (clauses == 0) {
				return List.of();
			}
			List<Similar> similar = new ArrayList<>();
			for (ScoreDoc hit : this.searcher.search(query.build(), count).scoreDocs) {
				Document doc = this.searcher.storedFields().document(hit.doc);
				similar.add(new Similar(doc.getField("id").numericValue().longValue(), doc.get("number"),
						doc.get("excerpt"), doc.get("category"), doc.getField("unit").numericValue().longValue(),
						hit.score));
			}
			return similar;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Set<String> terms(String text) {
		String start = text.length() > QUERY_CHARS ? text.substring(0, QUERY_CHARS) : text;
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream tokens = this.analyzer.tokenStream("text", start)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken() && terms.size() < IndexSearcher.getMaxClauseCount()) {
				terms.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	private static String excerpt(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		return flat.length() > EXCERPT_CHARS ? flat.substring(0, EXCERPT_CHARS) + "…" : flat;
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
		this.directory.close();
		this.analyzer.close();
	}

	/**
	 * A past order like the text: its number, the start of its text, category and unit.
	 */
	record Similar(long orderId, String number, String excerpt, String categoryCode, long unitId, double score) {

	}

}
