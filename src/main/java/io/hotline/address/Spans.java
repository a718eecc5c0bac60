package io.hotline.address;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every occurrence of a table's forms in a text: from each position, the region is
 * extended one character at a time up to the longest form starting with that character,
 * its hash carried along, so a lookup costs one probe of the table and no allocation.
 */
final class Spans {

	private Spans() {
	}

	static List<Span> find(String text, FormTable table) {
		List<Span> spans = new ArrayList<>();
		int length = text.length();
		for (int start = 0; start < length; start++) {
			int limit = Math.min(length, start + table.longestFrom(text.charAt(start)));
			int hash = text.charAt(start);
			for (int end = start + 2; end <= limit; end++) {
				hash = 31 * hash + text.charAt(end - 1);
				int slot = table.find(text, start, end, hash);
				if (slot >= 0) {
					spans.add(new Span(start, end, table, slot));
				}
			}
		}
		return spans;
	}

}
