/**
 * 智能坐席管理 (workforce management): the contact forecast per interval from the hotline's own
 * history or an imported file ({@code forecast}), the agents needed per interval
 * ({@code staffing}) and the agents' rosters ({@code roster}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce", allowedDependencies = "catalog")
package io.hotline.workforce;
