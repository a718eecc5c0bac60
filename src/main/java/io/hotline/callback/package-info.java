/**
 * 回访: asking the caller whether the reply resolved the matter; dissatisfied or unresolved
 * reopens (重办). Callback plans (智能回访, {@code plan}): when, what and by which channel,
 * robot scripts, the channels' messages and the surveyed share.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Callback",
		allowedDependencies = { "org", "workorder", "catalog", "portal" })
package io.hotline.callback;
