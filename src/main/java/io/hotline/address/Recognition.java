package io.hotline.address;

/**
 * Recognises the place a text names, against the gazetteer, the aliases and a
 * jurisdiction.
 */
final class Recognition {

	/** Longer texts are read up to here: a complaint names its place early. */
	static final int MAX_TEXT = 5_000;

	private Recognition() {
	}

	static AddressRecognition of(String text, Gazetteer gazetteer, AliasTable aliases, Jurisdiction jurisdiction) {
		if (text == null || text.isBlank()) {
			return AddressRecognition.NONE;
		}
		String read = (text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) : text;
		Evidence evidence = Evidence.in(read, gazetteer, aliases, jurisdiction);
		return Verdict.of(new ChainSearch(gazetteer, evidence, jurisdiction, read).chains(), gazetteer, read);
	}

}
