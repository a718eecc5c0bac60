package io.hotline.dispatch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Where the units that the text classifier suggests may act: a unit responsible for
 * divisions (a street office, a district's government) is no answer for a place outside
 * them, so the classifier's share of such units goes to the others. A unit without
 * divisions (a city bureau, a utility) acts everywhere. Each unit's divisions are read
 * once.
 */
final class UnitJurisdictions {

	private final Function<Long, Set<String>> divisions;

	private final Map<Long, Set<String>> known = new ConcurrentHashMap<>();

	UnitJurisdictions(Function<Long, Set<String>> divisions) {
		this.divisions = divisions;
	}

	/** The unit classifier's probabilities of the units that may act at the place. */
	Map<Long, Double> at(Place place, Map<Long, Double> units) {
		String where = place.finest();
		if (where == null || units.isEmpty()) {
			return units;
		}
		Map<Long, Double> kept = new LinkedHashMap<>();
		double all = 0;
		double inside = 0;
		for (Map.Entry<Long, Double> unit : units.entrySet()) {
			all += unit.getValue();
			if (covers(unit.getKey(), where)) {
				kept.put(unit.getKey(), unit.getValue());
				inside += unit.getValue();
			}
		}
		if (inside <= 0) {
			return Map.of();
		}
		double scale = all / inside;
		kept.replaceAll((unit, p) -> p * scale);
		return kept;
	}

	private boolean covers(long unit, String where) {
		Set<String> codes = this.known.computeIfAbsent(unit, this.divisions);
		return codes.isEmpty() || codes.stream().anyMatch((code) -> where.startsWith(code) || code.startsWith(where));
	}

}
