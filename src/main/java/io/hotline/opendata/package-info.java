/**
 * 数据共享: the closed orders of a month without personal data, as CSV and JSON, on demand,
 * by a command and every month on a schedule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open data", allowedDependencies = { "org", "catalog" })
package io.hotline.opendata;
