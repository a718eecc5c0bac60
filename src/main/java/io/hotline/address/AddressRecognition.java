package io.hotline.address;

import java.util.List;

import io.hotline.org.Division;

/**
 * What a text says about where: the most plausible place with a confidence in [0, 1],
 * whether it lies in the jurisdiction, the other places the text could mean, and the
 * substrings that said so.
 *
 * @param place the divisions named or implied, each null where the text does not say
 * @param inJurisdiction null when nothing was recognised
 */
public record AddressRecognition(Place place, double confidence, Boolean inJurisdiction, Status status,
		List<Alternative> alternatives, List<Match> matched) {

	public static final AddressRecognition NONE = new AddressRecognition(Place.NONE, 0, null, Status.UNKNOWN, List.of(),
			List.of());

	public enum Status {

		/** One place, clearly. */
		RECOGNISED,
		/** Another place is nearly as plausible: see the alternatives. */
		AMBIGUOUS,
		/** The place lies outside the jurisdiction. */
		OUT_OF_JURISDICTION,
		/** The text names no known place. */
		UNKNOWN

	}

	/** A division chain; the levels the text does not reach are null. */
	public record Place(Division province, Division city, Division district, Division street, Division community) {

		public static final Place NONE = new Place(null, null, null, null, null);

		/** The codes of district, street and community, as an order's location. */
		public ResolvedAddress codes() {
			return new ResolvedAddress(code(this.district), code(this.street), code(this.community));
		}

		private static String code(Division division) {
			return division == null ? null : division.code();
		}

	}

	public record Alternative(Place place, double confidence, boolean inJurisdiction) {

	}

	/**
	 * A substring that named a division.
	 *
	 * @param form how: {@code official}, {@code common} (石牌街, 华景社区), {@code short} (番禺,
	 * 石牌) or {@code alias}
	 */
	public record Match(String text, int start, int end, String code, int level, String form) {

	}

}
