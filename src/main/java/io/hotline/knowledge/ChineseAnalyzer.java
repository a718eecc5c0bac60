package io.hotline.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Two views of Chinese text, one field each: character bigrams (every pair of adjacent
 * characters, as Lucene's CJK analyzer makes them, so that an unknown word or one wrong
 * character still shares most of its pairs) and HanLP's whole words (so that a
 * two-character word matches as a word and longer words weigh as one term). Fields whose
 * name ends in {@value #WORDS} get the words.
 */
final class ChineseAnalyzer extends Analyzer {

	static final String WORDS = "_w";

	ChineseAnalyzer() {
		super(PER_FIELD_REUSE_STRATEGY);
	}

	@Override
	protected TokenStreamComponents createComponents(String field) {
		if (field.endsWith(WORDS)) {
			return new TokenStreamComponents(new HanlpTokenizer());
		}
		Tokenizer source = new StandardTokenizer();
		TokenStream stream = new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(source)));
		return new TokenStreamComponents(source, stream);
	}

	/** The distinct terms of the text in the field, at most {@code max}, in order. */
	Set<String> terms(String field, String text, int max) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream tokens = tokenStream(field, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken() && terms.size() < max) {
				terms.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}
