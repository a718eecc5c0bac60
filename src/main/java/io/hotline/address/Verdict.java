package io.hotline.address;

import java.util.ArrayList;
import java.util.List;

import io.hotline.address.AddressRecognition.Alternative;
import io.hotline.address.AddressRecognition.Match;
import io.hotline.address.AddressRecognition.Place;
import io.hotline.address.AddressRecognition.Status;
import io.hotline.org.Division;

/**
 * Turns the scored chains into an answer. The confidence of a chain is its share of the
 * plausibility of all chains (a softmax of the scores), times how much evidence it has on
 * its own: two readings of one name share the confidence, a lone short form earns less
 * than a district, street and community named together.
 */
final class Verdict {

	private static final double SHARPNESS = 2.5;

	private static final double EVIDENCE = 1.5;

	private static final double LISTED = 0.05;

	private static final String[] FORMS = { "official", "common", "short" };

	private Verdict() {
	}

	static AddressRecognition of(List<Chain> chains, Gazetteer gazetteer, String text) {
		if (chains.isEmpty()) {
			return AddressRecognition.NONE;
		}
		double best = chains.get(0).score();
		double total = 0;
		for (Chain chain : chains) {
			total += Math.exp(SHARPNESS * (chain.score() - best));
		}
		List<Alternative> alternatives = new ArrayList<>();
		for (Chain chain : chains.subList(1, Math.min(chains.size(), 6))) {
			double confidence = confidence(chain, best, total);
			if (confidence >= LISTED) {
				alternatives
					.add(new Alternative(place(gazetteer, chain.leaf()), round(confidence), chain.inJurisdiction()));
			}
		}
		Chain chosen = chains.get(0);
		double confidence = confidence(chosen, best, total);
		Status status = !chosen.inJurisdiction() ? Status.OUT_OF_JURISDICTION
				: (!alternatives.isEmpty() && alternatives.get(0).confidence() >= confidence / 2) ? Status.AMBIGUOUS
						: Status.RECOGNISED;
		List<Match> matched = chosen.mentions()
			.stream()
			.map((m) -> new Match(text.substring(m.start(), m.end()), m.start(), m.end(), gazetteer.code(m.division()),
					gazetteer.level(m.division()), m.alias() ? "alias" : FORMS[m.kind()]))
			.toList();
		return new AddressRecognition(place(gazetteer, chosen.leaf()), round(confidence), chosen.inJurisdiction(),
				status, alternatives, matched);
	}

	static Place place(Gazetteer gazetteer, int leaf) {
		Division[] levels = new Division[Division.COMMUNITY + 1];
		for (int index = leaf; index >= 0; index = gazetteer.parent(index)) {
			Division division = gazetteer.division(index);
			levels[division.level()] = NameForms.placeholder(division.name()) ? null : division;
		}
		return new Place(levels[Division.PROVINCE], levels[Division.CITY], levels[Division.DISTRICT],
				levels[Division.STREET], levels[Division.COMMUNITY]);
	}

	private static double confidence(Chain chain, double best, double total) {
		double share = Math.exp(SHARPNESS * (chain.score() - best)) / total;
		return share * (1 - Math.exp(-EVIDENCE * chain.score()));
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
