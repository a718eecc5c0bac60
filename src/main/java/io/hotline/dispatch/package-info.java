/**
 * 派单 and 改派: sending an order to its main unit and co-handling units (协办), with the
 * deadlines of its category and urgency on the working-day calendar; 智能辅助派单: the units
 * suggested by a model learned from the closed orders, and automatic dispatch above a
 * category's threshold.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dispatch",
		allowedDependencies = { "org", "catalog", "workorder", "address", "classification" })
package io.hotline.dispatch;
