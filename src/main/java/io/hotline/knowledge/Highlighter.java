package io.hotline.knowledge;

import java.util.Collection;
import java.util.Locale;

/**
 * An excerpt of a text around where the query's terms cluster, the matched characters in
 * {@code <em>}. Lucene's highlighter is another module; on character bigrams and words a
 * mark of every occurrence of a query term is all it would do.
 */
final class Highlighter {

	static final int EXCERPT_CHARS = 100;

	private Highlighter() {
	}

	/** The number of characters of the text that a term covers. */
	static int covered(String text, Collection<String> terms) {
		int count = 0;
		for (boolean c : marks(text, terms)) {
			count += c ? 1 : 0;
		}
		return count;
	}

	static String excerpt(String text, Collection<String> terms) {
		String flat = text.replaceAll("\\s+", " ").strip();
		boolean[] marked = marks(flat, terms);
		int window = Math.min(EXCERPT_CHARS, flat.length());
		int best = 0;
		int bestCount = -1;
		int count = 0;
		for (int i = 0; i < flat.length(); i++) {
			count += marked[i] ? 1 : 0;
			if (i >= window) {
				count -= marked[i - window] ? 1 : 0;
			}
			if (i >= window - 1 && count > bestCount) {
				bestCount = count;
				best = i - window + 1;
			}
		}
		StringBuilder out = new StringBuilder();
		out.append(best > 0 ? "…" : "");
		boolean open = false;
		for (int i = best; i < best + window; i++) {
			if (marked[i] != open) {
				out.append(open ? "</em>" : "<em>");
				open = marked[i];
			}
			char c = flat.charAt(i);
			out.append(switch (c) {
				case '<' -> "&lt;";
				case '>' -> "&gt;";
				case '&' -> "&amp;";
				default -> String.valueOf(c);
			});
		}
		out.append(open ? "</em>" : "").append(best + window < flat.length() ? "…" : "");
		return out.toString();
	}

	private static boolean[] marks(String text, Collection<String> terms) {
		String lower = text.toLowerCase(Locale.ROOT);
		boolean[] marked = new boolean[text.length()];
		for (String term : terms) {
			for (int at = lower.indexOf(term); at >= 0 && !term.isEmpty(); at = lower.indexOf(term, at + 1)) {
				java.util.Arrays.fill(marked, at, Math.min(marked.length, at + term.length()), true);
			}
		}
		return marked;
	}

}
