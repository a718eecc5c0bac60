/**
 * Workforce (智能坐席管理): contact forecasts, staffing per interval and agents' rosters.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce")
package io.hotline.workforce;
