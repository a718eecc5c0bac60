/**
 * 导出: the lists of orders as CSV or Excel files, every matching order read on the server
 * with the list's own filters and sort, in the reader's language (headings, states, types
 * and channels in words, category, unit and district by name), personal data masked as on
 * screen.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Order export",
		allowedDependencies = { "org", "catalog", "workorder" })
package io.hotline.orderexport;
