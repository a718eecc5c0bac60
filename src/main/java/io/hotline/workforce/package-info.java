/**
 * 智能坐席管理: forecasts of the contacts, staffing, rosters and surges.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce")
package io.hotline.workforce;
