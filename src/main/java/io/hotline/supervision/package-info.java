/** 督办: supervisors flag orders that need attention. */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision",
		allowedDependencies = { "org", "workorder" })
package io.hotline.supervision;
