/**
 * 智能坐席管理 (workforce management): the contact forecast per interval from the hotline's own
 * history or an imported file ({@code forecast}), the agents needed per interval
 * ({@code staffing}), the agents' rosters ({@code roster}) and the measures of a surge
 * ({@code surge}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce",
		allowedDependencies = { "org", "catalog", "cti", "workorder", "knowledge" })
package io.hotline.workforce;
