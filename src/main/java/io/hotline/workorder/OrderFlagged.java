package io.hotline.workorder;

/**
 * Published when a check raises a flag on an order (not when it raises the same one
 * again).
 */
public record OrderFlagged(long flagId, WorkOrderId orderId, FlagKind kind, String rule) {

}
