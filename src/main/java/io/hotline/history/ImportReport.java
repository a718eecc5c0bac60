package io.hotline.history;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did with every row: loaded, there already (a second run finds all of
 * them), or rejected with its line number and reason; the first few rejections are kept
 * to print, all of them go to the rejects file when there is one. Notes say what the
 * import decided beside the rows (the encoding it read, the names it gave units), and a
 * file that broke off says where.
 */
final class ImportReport {

	static final int SHOWN_REJECTIONS = 20;

	private final RejectsFile rejects;

	private long loaded;

	private long present;

	private long rejected;

	private final List<String> rejections = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private String brokenOff;

	ImportReport() {
		this(null);
	}

	/** A report that writes every rejection to the file. */
	ImportReport(RejectsFile rejects) {
		this.rejects = rejects;
	}

	synchronized void written(long loaded, long present) {
		this.loaded += loaded;
		this.present += present;
	}

	synchronized void rejected(long line, String reason) {
		this.rejected++;
		if (this.rejections.size() < SHOWN_REJECTIONS) {
			this.rejections.add("line " + line + ": " + reason);
		}
		if (this.rejects != null) {
			this.rejects.add(line, reason);
		}
	}

	synchronized void note(String note) {
		this.notes.add(note);
	}

	/** The file could not be read on from this line: what was read before stays. */
	synchronized void brokeOff(long line, String problem) {
		this.brokenOff = "reading stopped at line " + line + ": " + problem;
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

	synchronized List<String> notes() {
		return List.copyOf(this.notes);
	}

	/** Why and where the file broke off, or null when it was read to its end. */
	synchronized String brokenOff() {
		return this.brokenOff;
	}

	/** The summary lines the command prints. */
	synchronized List<String> summary() {
		List<String> lines = new ArrayList<>();
		lines.add(String.format("loaded %,d orders, %,d already present, %,d rows rejected (%,d rows read)",
				this.loaded, this.present, this.rejected, read()));
		this.rejections.forEach((r) -> lines.add("  " + r));
		if (this.rejected > this.rejections.size()) {
			lines.add(String.format("  ... and %,d more rejected rows", this.rejected - this.rejections.size()));
		}
		if (this.rejects != null && this.rejects.path() != null) {
			lines.add("every rejected row (line,reason): " + this.rejects.path().toAbsolutePath().normalize());
		}
		this.notes.forEach((note) -> lines.add("note: " + note));
		if (this.brokenOff != null) {
			lines.add(this.brokenOff);
		}
		return lines;
	}

}
