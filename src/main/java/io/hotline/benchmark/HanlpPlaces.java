package io.hotline.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.hotline.address.Gazetteer;
import io.hotline.address.ResolvedAddress;
import io.hotline.org.Division;

/**
 * The baseline: HanLP's own place-name recognition (its default segmenter with place
 * recognition on), each place word ({@code ns*}) looked up in the gazetteer by any of the
 * name forms, and the division chosen that the most place words agree with (itself or an
 * ancestor named), then the jurisdiction's, then the finest.
 */
final class HanlpPlaces {

	private final Segment segment = HanLP.newSegment().enablePlaceRecognize(true);

	private final Gazetteer gazetteer;

	HanlpPlaces(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	ResolvedAddress place(String text, String jurisdiction) {
		List<Division> candidates = new ArrayList<>();
		List<Set<String>> words = new ArrayList<>();
		for (Term term : this.segment.seg(text)) {
			if (term.nature != null && term.nature.toString().startsWith("ns")) {
				List<Division> named = this.gazetteer.named(term.word);
				candidates.addAll(named);
				words.add(named.stream().map(Division::code).collect(Collectors.toSet()));
			}
		}
		Division best = null;
		double bestScore = 0;
		for (Division candidate : candidates) {
			double score = agreeing(candidate.code(), words) + (candidate.code().startsWith(jurisdiction) ? 0.5 : 0)
					+ candidate.level() * 0.01;
			if (score > bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		return (best == null) ? ResolvedAddress.NONE : chain(best);
	}

	/** How many place words name the division or one of its ancestors. */
	private static int agreeing(String code, List<Set<String>> words) {
		int agreeing = 0;
		for (Set<String> word : words) {
			for (int length : new int[] { 2, 4, 6, 9, 12 }) {
				if (length <= code.length() && word.contains(code.substring(0, length))) {
					agreeing++;
					break;
				}
			}
		}
		return agreeing;
	}

	private ResolvedAddress chain(Division division) {
		String[] codes = new String[6];
		for (Division d = division; d != null; d = this.gazetteer.division(d.parentCode()).orElse(null)) {
			codes[d.level()] = d.code();
		}
		return new ResolvedAddress(codes[Division.DISTRICT], codes[Division.STREET], codes[Division.COMMUNITY]);
	}

}
