package io.hotline.knowledge;

import java.util.Locale;

/** How a search ranks: on words, on meaning, or on both fused. */
public enum SearchMode {

	COMBINED, FULLTEXT, SEMANTIC;

	public static SearchMode of(String name) {
		return valueOf(name.strip().toUpperCase(Locale.ROOT));
	}

}
