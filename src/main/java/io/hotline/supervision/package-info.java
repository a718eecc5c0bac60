/**
 * 督办 and 智能督查: supervisors flag orders that need attention; monitors open supervision
 * cases (督办件) with deadlines and reminders, send dissatisfied orders back for redo, and
 * flag suspicious patterns.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision",
		allowedDependencies = { "org", "workorder", "catalog" })
package io.hotline.supervision;
