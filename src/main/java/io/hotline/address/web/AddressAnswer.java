package io.hotline.address.web;

import java.util.List;

import io.hotline.address.AddressRecognition;
import io.hotline.address.AddressRecognition.Match;
import io.hotline.address.AddressRecognition.Place;
import io.hotline.org.Division;

/**
 * The answer of {@code POST /api/nlp/address}: the contract's district, street,
 * community, codes and confidence (official names; null where the text does not say), and
 * beside them the province and city, whether the place is in the jurisdiction, a status,
 * the other places the text could mean and the substrings that matched.
 */
record AddressAnswer(String district, String street, String community, Codes codes, double confidence, String province,
		String city, Boolean inJurisdiction, AddressRecognition.Status status, List<AlternativeAnswer> alternatives,
		List<Match> matched) {

	static AddressAnswer of(AddressRecognition recognition) {
		Place place = recognition.place();
		return new AddressAnswer(name(place.district()), name(place.street()), name(place.community()), Codes.of(place),
				recognition.confidence(), name(place.province()), name(place.city()), recognition.inJurisdiction(),
				recognition.status(),
				recognition.alternatives()
					.stream()
					.map((a) -> new AlternativeAnswer(name(a.place().district()), name(a.place().street()),
							name(a.place().community()), Codes.of(a.place()), a.confidence(),
							name(a.place().province()), name(a.place().city()), a.inJurisdiction()))
					.toList(),
				recognition.matched());
	}

	private static String name(Division division) {
		return division == null ? null : division.name();
	}

	record Codes(String district, String street, String community) {

		static Codes of(Place place) {
			return new Codes(code(place.district()), code(place.street()), code(place.community()));
		}

		private static String code(Division division) {
			return division == null ? null : division.code();
		}

	}

	record AlternativeAnswer(String district, String street, String community, Codes codes, double confidence,
			String province, String city, boolean inJurisdiction) {

	}

}
