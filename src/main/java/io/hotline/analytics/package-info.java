/**
 * 数据分析 Governance analytics: read models built from the orders and their timelines (never
 * changing an order), KPIs traceable to the orders behind them, and hotspots found in the
 * citizens' own words.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics",
		allowedDependencies = { "classification", "org", "catalog", "workorder" })
package io.hotline.analytics;
