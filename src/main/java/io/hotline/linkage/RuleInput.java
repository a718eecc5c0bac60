package io.hotline.linkage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.hotline.platform.Problem;

/**
 * A rule as an administrator or supervisor writes it; {@link #valid()} refuses what is
 * wrong with a problem naming the field. {@code version} is the version edited (for an
 * update); {@code minMatches} and {@code enabled} default to 1 and true.
 */
public record RuleInput(String code, String name, String kind, String service, String riskType, List<String> triggers,
		List<String> exclusions, Integer minMatches, Boolean enabled, Integer version) {

	static final int MAX_NAME = 20;

	static final int MAX_WORD = 20;

	static final int MAX_WORDS = 100;

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

	private static final Set<String> SERVICES = Set.of("110", "119", "120");

	/** The rule as it will be stored (id, version and who changed it still to come). */
	LinkageRule valid() {
		String c = required(this.code, "code").toUpperCase(Locale.ROOT);
		if (!CODE.matcher(c).matches()) {
			throw Problem.invalid("linkage.bad-code", this.code);
		}
		String n = required(this.name, "name");
		if (n.length() > MAX_NAME) {
			throw Problem.invalid("linkage.too-long", "name", MAX_NAME);
		}
		RuleKind k = parse(RuleKind.class, required(this.kind, "kind"), "linkage.bad-kind");
		String s = blank(this.service) ? null : this.service.strip();
		RiskType r = blank(this.riskType) ? null : parse(RiskType.class, this.riskType, "linkage.bad-risk-type");
		if (k == RuleKind.EMERGENCY && (s == null || !SERVICES.contains(s))) {
			throw Problem.invalid("linkage.bad-service", (s == null) ? "" : s);
		}
		if (k == RuleKind.EMERGENCY && r != null) {
			throw Problem.invalid("linkage.not-for-kind", "riskType", k);
		}
		if (k == RuleKind.RISK && r == null) {
			throw Problem.invalid("linkage.risk-type-required");
		}
		if (k == RuleKind.RISK && s != null) {
			throw Problem.invalid("linkage.not-for-kind", "service", k);
		}
		List<String> t = words(this.triggers, "triggers");
		if (t.isEmpty()) {
			throw Problem.invalid("linkage.triggers-required");
		}
		List<String> x = words(this.exclusions, "exclusions");
		for (String word : x) {
			if (t.contains(word)) {
				throw Problem.invalid("linkage.word-both", word);
			}
		}
		int min = (this.minMatches == null) ? 1 : this.minMatches;
		if (min < 1 || min > t.size()) {
			throw Problem.invalid("linkage.bad-min-matches", this.minMatches, t.size());
		}
		return new LinkageRule(0, c, n, k, s, r, t, x, min, this.enabled == null || this.enabled, 0, null, null);
	}

	private static List<String> words(List<String> given, String field) {
		if (given == null) {
			return List.of();
		}
		Set<String> words = new LinkedHashSet<>();
		for (String word : given) {
			if (blank(word)) {
				throw Problem.invalid("linkage.blank-word", field);
			}
			String w = word.strip();
			if (w.length() > MAX_WORD) {
				throw Problem.invalid("linkage.word-too-long", field, w, MAX_WORD);
			}
			words.add(w);
		}
		if (words.size() > MAX_WORDS) {
			throw Problem.invalid("linkage.too-many-words", field, MAX_WORDS);
		}
		return new ArrayList<>(words);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String key) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid(key, value);
		}
	}

	private static String required(String value, String field) {
		if (blank(value)) {
			throw Problem.invalid("request.required", field);
		}
		return value.strip();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
