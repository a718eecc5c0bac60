package io.hotline.dispatch;

import java.util.List;

/**
 * What the dispatch model suggests for an order's text and place: units with the category
 * that sends the order there and the probability that the unit is right, most probable
 * first; whether the first is above its category's threshold (automatic dispatch); and
 * why: the words that weighed most and similar past orders with the units that handled
 * them; for a text that raises several matters, the cooperating units (协办) that its other
 * clauses call for beside the first suggestion, the core unit (主办).
 */
public record DispatchAdvice(int modelVersion, List<Suggestion> suggestions, boolean autoDispatch, Double threshold,
		List<String> terms, List<SimilarOrder> similar, List<CoUnit> coUnits) {

	/** A unit for the order. */
	public record Suggestion(String categoryCode, String categoryName, long unitId, String unitName,
			double probability) {

	}

	/** A past order like this one, and the unit that handled it. */
	public record SimilarOrder(long orderId, String number, String excerpt, String categoryCode, String categoryName,
			long unitId, String unitName) {

	}

	/**
	 * A cooperating unit (协办) for another matter of the text: the clause that calls for
	 * it, its category and the probability of the unit for that clause alone.
	 */
	public record CoUnit(long unitId, String unitName, String categoryCode, String categoryName, double probability,
			String clause) {

	}

}
