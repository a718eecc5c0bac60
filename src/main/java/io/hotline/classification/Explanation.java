package io.hotline.classification;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of a text that added most to a label's score. Each TF-IDF feature adds its
 * value times the label's weight for it, divided by its member's temperature; features
 * that read the same (the character pair 噪音 and 噪音 in the title) are added up. Then the
 * text is read for runs of character pairs (of letters) that each added at least a
 * quarter of the most any pair added: such a run is one term (露天垃圾 rather than 露天, 天垃 and
 * 垃圾), up to 8 characters, weighing what its pairs added, and a pair counts in one term
 * only. Single characters are left out: they explain nothing to a reader.
 */
final class Explanation {

	private static final int LONGEST = 8;

	private Explanation() {
	}

	static List<Prediction.Term> topTerms(List<Fitted> members, Calibration calibration, SparseVector[] features,
			int label, String normalized, int count) {
		Map<String, Double> pairs = contributions(members, calibration, features, label);
		double strongest = pairs.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
		Map<String, Double> terms = new LinkedHashMap<>();
		int start = 0;
		while (start + 2 <= normalized.length()) {
			int end = start;
			double weight = 0;
			java.util.Set<String> seen = new java.util.HashSet<>();
			while (end + 2 <= normalized.length() && end + 2 - start <= LONGEST) {
				String pair = normalized.substring(end, end + 2);
				double added = pairs.getOrDefault(pair, 0.0);
				if (added <= 0 || added < strongest / 4) {
					break;
				}
				weight += seen.add(pair) ? added : 0;
				end++;
			}
			if (end > start) {
				terms.merge(normalized.substring(start, end + 1), weight, Math::max);
				start = end + 1;
			}
			else {
				start++;
			}
		}
		java.util.Set<String> used = new java.util.HashSet<>();
		return terms.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
			.filter((e) -> pairsOf(e.getKey()).stream().noneMatch(used::contains) && used.addAll(pairsOf(e.getKey())))
			.limit(count)
			.map((e) -> new Prediction.Term(e.getKey(), e.getValue()))
			.toList();
	}

	private static List<String> pairsOf(String term) {
		return java.util.stream.IntStream.range(0, term.length() - 1)
			.mapToObj((i) -> term.substring(i, i + 2))
			.toList();
	}

	/** What each character pair of the text added to the label's score. */
	private static Map<String, Double> contributions(List<Fitted> members, Calibration calibration,
			SparseVector[] features, int label) {
		Map<String, Double> pairs = new HashMap<>();
		for (int m = 0; m < members.size(); m++) {
			TfIdf tfidf = members.get(m).featurizer().tfidf();
			if (tfidf == null) {
				continue;
			}
			float[] weights = members.get(m).head().weights()[label];
			SparseVector v = features[m];
			for (int i = 0; i < v.size(); i++) {
				int index = v.indices()[i];
				String term = (index < tfidf.size()) ? Terms.display(tfidf.term(index)) : "";
				if (term.length() == 2 && Character.isLetter(term.charAt(0)) && Character.isLetter(term.charAt(1))) {
					pairs.merge(term, v.values()[i] * weights[index] / calibration.members()[m], Double::sum);
				}
			}
		}
		return pairs;
	}

}
