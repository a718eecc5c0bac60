package io.hotline.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.hotline.dispatch.DispatchAdvice.CoUnit;
import io.hotline.dispatch.DispatchAdvice.Suggestion;

/**
 * 一单多事: a text that raises several matters, each in a sentence of its own (or after 另外,
 * 还有, 此外 …), is read clause by clause; a clause whose own first unit is confident and is
 * not the core unit (the first suggestion for the whole text, 主办) names a cooperating
 * unit (协办). A plain comma does not split: the clauses of one complaint (the lamp is
 * broken, it is dark at night, the old people fall) would each be read on their own; a
 * clause of courtesies and requests only (希望尽快处理，谢谢) joins the one before, since the
 * classifier would read a unit into it all the same. A unit's probability for a clause is
 * the sum over its categories; the dispatch model spreads it thinly over many units, so
 * confident means both a floor and a lead over the clause's second unit.
 */
final class Matters {

	/**
	 * A clause with fewer characters of substance joins the one before it: too few words
	 * to classify.
	 */
	static final int SHORTEST = 8;

	/** At most this many clauses are read, the first ones. */
	static final int MOST_CLAUSES = 6;

	/** A clause's first unit names a cooperating unit from this probability … */
	static final double CONFIDENT = 0.08;

	/** … and this many times the probability of the clause's second unit. */
	static final double LEAD = 1.4;

	/** At most this many cooperating units. */
	static final int MOST_CO_UNITS = 3;

	private static final Pattern BOUNDARY = Pattern
		.compile("(?<=[。！？；;!?\\n])|[，,、]\\s*(?=另外|还有|此外|同时还|其次|再者|再就是|另一个|第二|二是)");

	/** What says nothing of the matter: punctuation, courtesies, requests to act. */
	private static final Pattern NO_SUBSTANCE = Pattern.compile(
			"[\\p{Punct}\\s，。！？；：、“”‘’（）…—]|希望|恳请|请求|请|麻烦|尽快|尽早|早日|及时|相关部门|有关部门|领导|帮忙|帮助|处理|解决|落实|回复|维修|给予|予以|一下|谢谢|感谢|非常|万分");

	private Matters() {
	}

	/** The clauses of a text, stripped, short ones joined to the one before. */
	static List<String> clauses(String text) {
		List<String> clauses = new ArrayList<>();
		for (String part : BOUNDARY.split(text)) {
			String clause = part.strip();
			if (clause.isEmpty()) {
				continue;
			}
			if (!clauses.isEmpty()
					&& (substance(clause) < SHORTEST || substance(clauses.get(clauses.size() - 1)) < SHORTEST)) {
				clauses.set(clauses.size() - 1, clauses.get(clauses.size() - 1) + clause);
			}
			else {
				clauses.add(clause);
			}
		}
		return clauses;
	}

	/** How many characters of the clause say something of its matter. */
	static int substance(String clause) {
		return NO_SUBSTANCE.matcher(clause).replaceAll("").length();
	}

	/**
	 * The cooperating units for the text beside its core suggestion, each with the clause
	 * that calls for it; {@code suggest} answers a clause's suggestions, most probable
	 * first.
	 */
	static List<CoUnit> coUnits(String text, Suggestion core, Function<String, List<Suggestion>> suggest) {
		List<String> clauses = clauses(text);
		if (core == null || clauses.size() < 2) {
			return List.of();
		}
		Set<Long> taken = new LinkedHashSet<>(List.of(core.unitId()));
		List<CoUnit> coUnits = new ArrayList<>();
		List<String> read = clauses.subList(0, Math.min(clauses.size(), MOST_CLAUSES));
		for (String clause : read) {
			List<Suggestion> own = suggest.apply(clause);
			if (own.isEmpty()) {
				continue;
			}
			Map<Long, Double> units = new LinkedHashMap<>();
			own.forEach((s) -> units.merge(s.unitId(), s.probability(), Double::sum));
			List<Map.Entry<Long, Double>> ranked = units.entrySet()
				.stream()
				.sorted(Map.Entry.<Long, Double>comparingByValue().reversed())
				.toList();
			Map.Entry<Long, Double> first = ranked.get(0);
			double second = (ranked.size() > 1) ? ranked.get(1).getValue() : 0;
			if (first.getValue() >= CONFIDENT && first.getValue() >= LEAD * second && taken.add(first.getKey())) {
				Suggestion top = own.stream().filter((s) -> s.unitId() == first.getKey()).findFirst().orElseThrow();
				coUnits.add(new CoUnit(top.unitId(), top.unitName(), top.categoryCode(), top.categoryName(),
						Math.round(first.getValue() * 10_000) / 10_000.0, clause));
			}
		}
		return mostProbable(coUnits, Math.min(MOST_CO_UNITS, read.size() - 1));
	}

	/**
	 * The most probable of the cooperating units, at most {@code most}, in the order of
	 * their clauses: one of the text's matters is the core unit's, even where the whole
	 * text's first unit is none of its clauses' own.
	 */
	private static List<CoUnit> mostProbable(List<CoUnit> coUnits, int most) {
		if (coUnits.size() <= most) {
			return coUnits;
		}
		Set<CoUnit> kept = new HashSet<>(coUnits.stream()
			.sorted(Comparator.comparingDouble(CoUnit::probability).reversed())
			.limit(most)
			.toList());
		return coUnits.stream().filter(kept::contains).toList();
	}

}
