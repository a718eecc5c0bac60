/**
 * 派单 and 改派: sending an order to its main unit and co-handling units (协办), with the
 * deadlines of its category and urgency on the working-day calendar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dispatch",
		allowedDependencies = { "org", "catalog", "workorder" })
package io.hotline.dispatch;
