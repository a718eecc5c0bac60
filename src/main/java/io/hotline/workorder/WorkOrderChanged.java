package io.hotline.workorder;

/**
 * Published after each change of an order, in its transaction, for the read models of
 * other modules.
 */
public record WorkOrderChanged(WorkOrderId id, String number, Status status) {

}
