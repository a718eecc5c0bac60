package io.hotline.address;

import io.hotline.address.AddressRecognition.Alternative;
import io.hotline.address.AddressRecognition.Place;

import org.springframework.stereotype.Service;

/**
 * An order's location from its address (or content): the codes of the jurisdiction's
 * district, street and community that the text names. A place outside the jurisdiction
 * gives no location, and where another reading is nearly as plausible only the levels
 * both readings share are kept (海珠区聚龙社区: two streets of 海珠区 have one, so the district
 * only).
 */
@Service
public class AddressResolver {

	private final AddressRecognizer recognizer;

	AddressResolver(AddressRecognizer recognizer) {
		this.recognizer = recognizer;
	}

	public ResolvedAddress resolve(String text) {
		AddressRecognition recognition = this.recognizer.recognize(text);
		if (!Boolean.TRUE.equals(recognition.inJurisdiction())) {
			return ResolvedAddress.NONE;
		}
		Place place = recognition.place();
		for (Alternative alternative : recognition.alternatives()) {
			if (alternative.confidence() * 2 >= recognition.confidence()) {
				place = shared(place, alternative.place());
			}
		}
		return place.codes();
	}

	private static Place shared(Place place, Place other) {
		boolean district = same(place.district(), other.district());
		boolean street = district && same(place.street(), other.street());
		boolean community = street && same(place.community(), other.community());
		return new Place(place.province(), place.city(), district ? place.district() : null,
				street ? place.street() : null, community ? place.community() : null);
	}

	private static boolean same(Object one, Object other) {
		return one == null || one.equals(other);
	}

}
