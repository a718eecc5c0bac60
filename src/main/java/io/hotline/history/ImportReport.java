package io.hotline.history;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did: orders loaded, orders that were there already (a second run finds
 * all of them), and the rejected rows, of which the first few are kept with their line
 * numbers and reasons.
 */
final class ImportReport {

	static final int SHOWN_REJECTIONS = 20;

	private long loaded;

	private long present;

	private long rejected;

	private final List<String> rejections = new ArrayList<>();

	synchronized void written(long loaded, long present) {
		this.loaded += loaded;
		this.present += present;
	}

	synchronized void rejected(long line, String reason) {
		this.rejected++;
		if (this.rejections.size() < SHOWN_REJECTIONS) {
			this.rejections.add("line " + line + ": " + reason);
		}
	}

	synchronized long loaded() {
		return this.loaded;
	}

	synchronized long present() {
		return this.present;
	}

	synchronized long rejected() {
		return this.rejected;
	}

	synchronized long read() {
		return this.loaded + this.present + this.rejected;
	}

	/** The first rejections, "line N: reason". */
	synchronized List<String> rejections() {
		return List.copyOf(this.rejections);
	}

	/** The summary lines the command prints. */
	synchronized List<String> summary() {
		List<String> lines = new ArrayList<>();
		lines.add(String.format("loaded %,d orders, %,d already present, %,d rows rejected", this.loaded, this.present,
				this.rejected));
		this.rejections.forEach((r) -> lines.add("  " + r));
		if (this.rejected > this.rejections.size()) {
			lines.add(String.format("  ... and %,d more rejected rows", this.rejected - this.rejections.size()));
		}
		return lines;
	}

}
