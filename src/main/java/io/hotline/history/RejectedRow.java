package io.hotline.history;

/**
 * A row that cannot become an order; its message is the reason the import reports with
 * the row's line number. Rows are rejected by the thousand in old data, so it carries no
 * stack trace.
 */
final class RejectedRow extends Exception {

	RejectedRow(String reason) {
		super(reason, null, false, false);
	}

}
