package io.hotline.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import io.hotline.org.UnitType;

/**
 * Who handles a category's orders, how long they may take and whether they are
 * consultations, from rules that name categories by their level names (see
 * {@code catalog/demo-routing.csv} for the format). Rules rather than one row per
 * category, so the same file routes both the real label system and the fallback one.
 */
final class RoutingRules {

	private static final Route DEFAULT = new Route(null, null, TimeLimits.STANDARD.normalDays(), false);

	private final List<Rule> rules;

	private RoutingRules(List<Rule> rules) {
		this.rules = rules;
	}

	static RoutingRules parse(List<String[]> rows) {
		return new RoutingRules(IntStream.range(0, rows.size()).mapToObj((i) -> Rule.of(rows.get(i), i)).toList());
	}

	/** The route of the category with these names from level 1 down. */
	Route route(List<String> names) {
		return this.rules.stream()
			.filter((rule) -> rule.matches(names))
			.sorted(Comparator.comparingInt(Rule::weight).thenComparingInt(Rule::line))
			.reduce(DEFAULT, (route, rule) -> rule.refine(route), (a, b) -> b);
	}

	/**
	 * Where a category's orders go and its limits: a unit's code, or else a unit type.
	 */
	record Route(String unitCode, UnitType unitType, int normalDays, boolean consultation) {

	}

	private record Rule(String[] levels, String unit, UnitType unitType, Integer normalDays, Boolean consultation,
			int line) {

		static Rule of(String[] cells, int line) {
			if (cells.length != 7) {
				throw new IllegalArgumentException("A routing rule has 7 columns: " + String.join(",", cells));
			}
			return new Rule(new String[] { cells[0], cells[1], cells[2] }, blankToNull(cells[3]),
					cells[4].isEmpty() ? null : UnitType.valueOf(cells[4]),
					cells[5].isEmpty() ? null : Integer.valueOf(cells[5]),
					cells[6].isEmpty() ? null : Boolean.valueOf(cells[6]), line);
		}

		boolean matches(List<String> names) {
			for (int i = 0; i < 3; i++) {
				String pattern = this.levels[i];
				if (!pattern.isEmpty() && (i >= names.size() || !matches(pattern, names.get(i)))) {
					return false;
				}
			}
			return true;
		}

		/**
		 * A level-3 criterion outweighs level 2 and 1 together, level 2 outweighs level
		 * 1.
		 */
		int weight() {
			return IntStream.range(0, 3).map((i) -> this.levels[i].isEmpty() ? 0 : 1 << i).sum();
		}

		Route refine(Route route) {
			boolean routes = this.unit != null || this.unitType != null;
			return new Route(routes ? this.unit : route.unitCode(), routes ? this.unitType : route.unitType(),
					this.normalDays != null ? this.normalDays : route.normalDays(),
					this.consultation != null ? this.consultation : route.consultation());
		}

		private static boolean matches(String pattern, String name) {
			return pattern.startsWith("*") ? name.endsWith(pattern.substring(1)) : pattern.equals(name);
		}

		private static String blankToNull(String text) {
			return text.isEmpty() ? null : text;
		}

	}

}
