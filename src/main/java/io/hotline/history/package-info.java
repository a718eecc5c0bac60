/**
 * History: imports the orders of other hotlines and older systems (Boston 311, the 2020
 * Teddy Cup messages, a generic CSV) and seeds a year of demo history on first start. It
 * reads files and invents nothing of the lifecycle: it hands complete historical orders
 * to {@link io.hotline.workorder.HistoryWriter}, the work-order module staying their only
 * writer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "History",
		allowedDependencies = { "org", "catalog", "workorder", "address" })
package io.hotline.history;
