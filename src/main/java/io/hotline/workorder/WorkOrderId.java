package io.hotline.workorder;

/** Identifies a work order (工单). */
public record WorkOrderId(long value) {

}
