package io.hotline.classification;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of a text that added most to a label's score: each TF-IDF feature's value
 * times the label's weight for it, divided by its member's temperature, summed over the
 * members and over the features that read the same (the character pair 噪音, the word 噪音
 * and 噪音 in the title); single characters are left out, they explain nothing to a reader.
 */
final class Explanation {

	private Explanation() {
	}

	static List<Prediction.Term> topTerms(List<Fitted> members, Calibration calibration, SparseVector[] features,
			int label, int count) {
		Map<String, Double> byTerm = new LinkedHashMap<>();
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
				if (term.length() > 1) {
					byTerm.merge(term, v.values()[i] * weights[index] / calibration.members()[m], Double::sum);
				}
			}
		}
		return byTerm.entrySet()
			.stream()
			.filter((e) -> e.getValue() > 0)
			.sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
			.limit(count)
			.map((e) -> new Prediction.Term(e.getKey(), e.getValue()))
			.toList();
	}

}
