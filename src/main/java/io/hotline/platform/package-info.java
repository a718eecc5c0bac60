/**
 * What every module stands on: the database (embedded PostgreSQL or external), security,
 * problem+json errors, the audit trail and the command-line tasks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.hotline.platform;
