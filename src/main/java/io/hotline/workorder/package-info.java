/**
 * The 工单 aggregate: its states, the transitions that move it and the timeline that
 * records each of them. The only writer of orders; the stage modules (受理, 派单, 办理, 回访, 督办)
 * act through {@link io.hotline.workorder.WorkOrders}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work orders", allowedDependencies = { "org", "catalog" })
package io.hotline.workorder;
