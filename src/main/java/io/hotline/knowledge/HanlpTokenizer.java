package io.hotline.knowledge;

import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of HanLP's segmentation, two characters or more: single characters are
 * already in the bigrams and match almost everything; punctuation matches nothing.
 */
final class HanlpTokenizer extends Tokenizer {

	private static final Segment SEGMENT = HanLP.newSegment().enableOffset(true);

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

	private Iterator<Term> words = Collections.emptyIterator();

	private int length;

	@Override
	public void reset() throws IOException {
		super.reset();
		StringBuilder text = new StringBuilder();
		char[] buffer = new char[4096];
		for (int n = this.input.read(buffer); n >= 0; n = this.input.read(buffer)) {
			text.append(buffer, 0, n);
		}
		this.length = text.length();
		this.words = (this.length == 0) ? Collections.emptyIterator() : SEGMENT.seg(text.toString()).iterator();
	}

	@Override
	public boolean incrementToken() {
		clearAttributes();
		while (this.words.hasNext()) {
			Term word = this.words.next();
			String text = word.word;
			if (text.codePointCount(0, text.length()) >= 2 && Character.isLetterOrDigit(text.codePointAt(0))) {
				this.term.append(text.toLowerCase(Locale.ROOT));
				this.offset.setOffset(correctOffset(word.offset), correctOffset(word.offset + text.length()));
				return true;
			}
		}
		return false;
	}

	@Override
	public void end() throws IOException {
		super.end();
		int end = correctOffset(this.length);
		this.offset.setOffset(end, end);
	}

	@Override
	public void close() throws IOException {
		super.close();
		this.words = Collections.emptyIterator();
	}

}
