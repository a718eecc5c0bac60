package io.hotline.supervision.monitor;

/**
 * What a run of the monitors did: cases opened, closed, escalated, reminders sent, orders
 * marked 督办, suspicious orders flagged, and how long it took.
 */
record RunResult(int opened, int closed, int escalated, int reminded, int marked, int suspicious, long millis,
		long markMillis) {

}
