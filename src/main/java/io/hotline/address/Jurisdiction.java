package io.hotline.address;

import java.util.BitSet;

/**
 * The area a deployment serves, as a division of the gazetteer: a strong prior of what a
 * citizen's text means, never a filter. What it covers is worked out once (a bit per
 * division), as recognition asks it for every reading of every name a text holds.
 */
final class Jurisdiction {

	private final BitSet covered;

	private final BitSet around;

	private Jurisdiction(Gazetteer gazetteer, int division) {
		this.covered = new BitSet(gazetteer.size());
		this.around = new BitSet();
		if (division >= 0) {
			for (int i = division; i < gazetteer.size(); i++) {
				if (gazetteer.isWithin(i, division)) {
					this.covered.set(i);
				}
			}
			for (int i = gazetteer.parent(division); i >= 0; i = gazetteer.parent(i)) {
				this.around.set(i);
			}
		}
	}

	static Jurisdiction of(Gazetteer gazetteer, String code) {
		return new Jurisdiction(gazetteer, gazetteer.indexOf(code));
	}

	/** Lies within the jurisdiction. */
	boolean covers(int index) {
		return this.covered.get(index);
	}

	/** Lies within the jurisdiction or contains it (广东 for 广州市). */
	boolean overlaps(int index) {
		return this.covered.get(index) || this.around.get(index);
	}

}
