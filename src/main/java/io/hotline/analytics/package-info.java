/**
 * 统计分析 Analytics: what the messages and work orders say taken together — the hot topics
 * of citizens' free text ({@code io.hotline.analytics.hotspot}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics",
		allowedDependencies = { "classification", "org", "catalog", "workorder", "platform" })
package io.hotline.analytics;
