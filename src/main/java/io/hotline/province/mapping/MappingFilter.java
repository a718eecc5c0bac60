package io.hotline.province.mapping;

import java.util.Locale;

import io.hotline.platform.Problem;

/**
 * What the list of mappings is narrowed to: a city, a state, and words in the city
 * category's code or path.
 */
public record MappingFilter(String city, MappingState state, String q) {

	/** The filter asked from outside; a state that is none of them is refused. */
	public static MappingFilter of(String city, String state, String q) {
		MappingState parsed = null;
		if (state != null && !state.isBlank()) {
			try {
				parsed = MappingState.valueOf(state.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw Problem.invalid("mapping.bad-state", state.strip());
			}
		}
		return new MappingFilter(blank(city) ? null : city.strip(), parsed, blank(q) ? null : q.strip());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
