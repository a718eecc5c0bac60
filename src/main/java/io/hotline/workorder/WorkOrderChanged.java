package io.hotline.workorder;

/**
 * Published after each change of an order, in its transaction, for the read models of
 * other modules: the order as that change left it, so that the reactions after the commit
 * need not read it again (they only read it; a later change publishes a later state).
 */
public record WorkOrderChanged(WorkOrderId id, String number, Status status, WorkOrder order) {

}
