package io.hotline.address;

import java.util.List;

/** Recognition straight on the shared national gazetteer, for any jurisdiction. */
final class Recognitions {

	private final AliasTable aliases;

	Recognitions() {
		this(AliasTable.EMPTY);
	}

	private Recognitions(AliasTable aliases) {
		this.aliases = aliases;
	}

	static Gazetteer gazetteer() {
		return NationalGazetteer.loading().join();
	}

	/** The same, knowing these aliases (alias, division code). */
	static Recognitions withAliases(String... aliasesAndCodes) {
		List<AliasTable.Entry> entries = new java.util.ArrayList<>();
		for (int i = 0; i < aliasesAndCodes.length; i += 2) {
			entries.add(new AliasTable.Entry(aliasesAndCodes[i], gazetteer().indexOf(aliasesAndCodes[i + 1]), false));
		}
		return new Recognitions(new AliasTable(entries));
	}

	AddressRecognition of(String jurisdiction, String text) {
		Gazetteer gazetteer = gazetteer();
		return Recognition.of(text, gazetteer, this.aliases, Jurisdiction.of(gazetteer, jurisdiction));
	}

	ResolvedAddress codes(String jurisdiction, String text) {
		return of(jurisdiction, text).place().codes();
	}

}
