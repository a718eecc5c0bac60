package io.hotline.address;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.hotline.platform.HotlineProperties;

import org.springframework.stereotype.Service;

/**
 * Recognises the district, street and community a free text names, against the whole
 * country's official divisions and the aliases in force, with the configured jurisdiction
 * as the prior (see {@code docs/address.md}).
 */
@Service
public class AddressRecognizer {

	private final NationalGazetteer gazetteer;

	private final AliasDirectory aliases;

	private final String jurisdiction;

	/** The jurisdictions asked for, by code: a few at most (the configured one first). */
	private final Map<String, Jurisdiction> jurisdictions = new ConcurrentHashMap<>();

	AddressRecognizer(NationalGazetteer gazetteer, AliasDirectory aliases, HotlineProperties properties) {
		this.gazetteer = gazetteer;
		this.aliases = aliases;
		this.jurisdiction = properties.jurisdiction();
	}

	/** The place the text names, weighed for the configured jurisdiction. */
	public AddressRecognition recognize(String text) {
		return recognize(text, this.jurisdiction);
	}

	/** The place the text names, weighed for another jurisdiction (a division code). */
	public AddressRecognition recognize(String text, String jurisdiction) {
		Gazetteer divisions = this.gazetteer.get();
		return Recognition.of(text, divisions, this.aliases.table(), jurisdiction(divisions, jurisdiction));
	}

	private Jurisdiction jurisdiction(Gazetteer divisions, String code) {
		Jurisdiction known = (code != null) ? this.jurisdictions.get(code) : null;
		if (known != null) {
			return known;
		}
		Jurisdiction jurisdiction = Jurisdiction.of(divisions, code);
		if (code != null && this.jurisdictions.size() < 64) {
			this.jurisdictions.putIfAbsent(code, jurisdiction);
		}
		return jurisdiction;
	}

	/**
	 * A recognizer of the official divisions alone (no aliases), for a jurisdiction, that
	 * needs no application: benchmarks offline.
	 */
	public static java.util.function.Function<String, AddressRecognition> offline(Gazetteer divisions,
			String jurisdiction) {
		Jurisdiction prior = Jurisdiction.of(divisions, jurisdiction);
		return (text) -> Recognition.of(text, divisions, AliasTable.EMPTY, prior);
	}

	/** The national gazetteer, once loaded. */
	public Gazetteer gazetteer() {
		return this.gazetteer.get();
	}

}
