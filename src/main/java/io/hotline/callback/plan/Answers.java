package io.hotline.callback.plan;

import java.util.LinkedHashMap;
import java.util.Map;

import io.hotline.workorder.Satisfaction;

/**
 * What the citizen answered so far: {@code satisfaction} (a {@link Satisfaction}),
 * {@code resolved} and {@code promiseKept} (yes or no).
 */
final class Answers {

	static final String SATISFACTION = "satisfaction";

	static final String RESOLVED = "resolved";

	static final String PROMISE_KEPT = "promiseKept";

	private Answers() {
	}

	/** Whether a script may set this value. */
	static boolean known(String key, Object value) {
		return switch (key) {
			case SATISFACTION -> value instanceof String s && satisfaction(s) != null;
			case RESOLVED, PROMISE_KEPT -> value instanceof Boolean;
			default -> false;
		};
	}

	static Map<String, Object> with(Map<String, Object> answers, Map<String, Object> set) {
		Map<String, Object> merged = new LinkedHashMap<>(answers);
		if (set != null) {
			merged.putAll(set);
		}
		return merged;
	}

	static Satisfaction satisfaction(Object value) {
		if (!(value instanceof String s)) {
			return null;
		}
		for (Satisfaction each : Satisfaction.values()) {
			if (each.name().equals(s)) {
				return each;
			}
		}
		return null;
	}

}
