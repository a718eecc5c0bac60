/**
 * 受理: registering requests from every channel, idempotently, and the agent's direct
 * answer (直接办结).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake",
		allowedDependencies = { "org", "catalog", "address", "classification", "workorder" })
package io.hotline.intake;
