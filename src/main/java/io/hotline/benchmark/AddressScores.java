package io.hotline.benchmark;

import io.hotline.address.ResolvedAddress;

/**
 * Accuracy per level of recognised places against labelled texts: of the texts that name
 * a level, how many got its code right; of those that do not, how many got a code anyway.
 */
final class AddressScores {

	private final int[] named = new int[6];

	private final int[] correct = new int[6];

	private final int[] unnamed = new int[6];

	private final int[] invented = new int[6];

	void add(LabelledText text, ResolvedAddress found) {
		for (int level = 3; level <= 5; level++) {
			String truth = text.truth(level);
			String code = LabelledText.code(found, level);
			if (truth != null) {
				this.named[level]++;
				if (truth.equals(code)) {
					this.correct[level]++;
				}
			}
			else {
				this.unnamed[level]++;
				if (code != null) {
					this.invented[level]++;
				}
			}
		}
	}

	double accuracy(int level) {
		return this.named[level] == 0 ? Double.NaN : 100.0 * this.correct[level] / this.named[level];
	}

	/**
	 * District, street and community accuracy, as 99/97/95 (- for a level never named).
	 */
	String brief() {
		StringBuilder brief = new StringBuilder();
		for (int level = 3; level <= 5; level++) {
			brief.append(this.named[level] == 0 ? "-" : String.format("%.0f", accuracy(level)))
				.append(level < 5 ? "/" : "");
		}
		return brief.toString();
	}

	String describe() {
		StringBuilder line = new StringBuilder();
		String[] names = { null, null, null, "district", "street", "community" };
		for (int level = 3; level <= 5; level++) {
			line.append(String.format("%s %.1f%% of %d", names[level], accuracy(level), this.named[level]));
			if (this.unnamed[level] > 0) {
				line.append(
						String.format(" (%d of %d without one got one)", this.invented[level], this.unnamed[level]));
			}
			line.append(level < 5 ? "; " : "");
		}
		return line.toString();
	}

}
