package io.hotline.history;

import java.time.Instant;
import java.util.List;

import io.hotline.workorder.HistoricalOrder;

/** A kind of source file that {@code import-history --format} reads. */
interface HistoryFormat {

	/** The name given to {@code --format}. */
	String name();

	/**
	 * Whether the file's header is one of this format's; the answer, when not, says what
	 * is missing.
	 * @return null when the header fits
	 */
	String misfit(List<String> header);

	/**
	 * The order a data row describes.
	 * @param importedAt when the import started: the time of rows that give none
	 */
	HistoricalOrder order(SourceRow row, Instant importedAt) throws RejectedRow;

	/** The header's columns that are missing, as a misfit answer, or null. */
	static String missing(List<String> header, List<String> required) {
		List<String> missing = required.stream().filter((column) -> !header.contains(column)).toList();
		return missing.isEmpty() ? null : "the header has no " + String.join(", ", missing);
	}

}
