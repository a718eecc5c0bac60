/**
 * 回访: asking the caller whether the reply resolved the matter; dissatisfied or unresolved
 * reopens (重办).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Callback", allowedDependencies = { "org", "workorder" })
package io.hotline.callback;
