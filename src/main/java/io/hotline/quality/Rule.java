package io.hotline.quality;

import java.util.List;
import java.util.Map;

/**
 * One rule of a rule set: a check ({@code kind}) with its parameters, the points a
 * finding deducts and its severity.
 *
 * @param id the rule's id in its rule set ({@code greeting}, {@code forbidden-words})
 * @param kind the check it runs ({@link Check#kind()})
 * @param name what the quality team calls it
 * @param severity how grave its findings are
 * @param points deducted per finding
 * @param enabled whether it runs
 * @param parameters the check's parameters (numbers, yes/no, lists of words)
 */
public record Rule(String id, String kind, String name, Severity severity, int points, boolean enabled,
		Map<String, Object> parameters) {

	public Rule {
		parameters = (parameters == null) ? Map.of() : Map.copyOf(parameters);
	}

	/** A number parameter, {@code otherwise} where absent. */
	public double number(String name, double otherwise) {
		Object value = this.parameters.get(name);
		return (value instanceof Number number) ? number.doubleValue() : otherwise;
	}

	/** A yes/no parameter, {@code otherwise} where absent. */
	public boolean flag(String name, boolean otherwise) {
		Object value = this.parameters.get(name);
		return (value instanceof Boolean yes) ? yes : otherwise;
	}

	/** A list of words, {@code otherwise} where absent. */
	public List<String> words(String name, List<String> otherwise) {
		Object value = this.parameters.get(name);
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).filter((w) -> !w.isBlank()).toList();
		}
		return otherwise;
	}

	/** The same rule with these parameters. */
	public Rule with(Map<String, Object> changed) {
		return new Rule(this.id, this.kind, this.name, this.severity, this.points, this.enabled, changed);
	}

}
