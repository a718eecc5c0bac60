package io.hotline.address;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The aliases in force, as a form table: local names that the official data lacks (华师, a
 * compound, a road, an old name), each naming one division. An alias is never weak: an
 * administrator wrote it, or people confirmed it often enough.
 */
final class AliasTable {

	static final AliasTable EMPTY = new AliasTable(List.of());

	private final FormTable forms;

	private final int[] divisions;

	private final boolean[] learned;

	/** One alias in force: its text, the gazetteer index of its division, its source. */
	record Entry(String alias, int division, boolean learned) {

	}

	AliasTable(List<Entry> entries) {
		Map<String, int[]> forms = new HashMap<>();
		this.divisions = new int[entries.size()];
		this.learned = new boolean[entries.size()];
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			this.divisions[i] = entry.division();
			this.learned[i] = entry.learned();
			forms.put(entry.alias(), new int[] { Posting.of(i, NameForms.FULL) });
		}
		this.forms = new FormTable(forms);
	}

	FormTable forms() {
		return this.forms;
	}

	int size() {
		return this.divisions.length;
	}

	Mention mention(Span span, int posting) {
		int alias = Posting.target(posting);
		int kind = this.learned[alias] ? NameForms.COMMON : NameForms.FULL;
		return new Mention(span.start(), span.end(), this.divisions[alias], kind, this.learned[alias] ? 0.9 : 1.0, true,
				false);
	}

}
