package io.hotline.intake;

import java.util.function.Supplier;

import io.hotline.org.Actor;
import io.hotline.workorder.WorkOrder;

/**
 * The link between an order and the phone call it was registered from, kept by the phone
 * system's module (CTI).
 */
public interface CallLinks {

	/**
	 * Registers the order of a call and links the two, in one transaction: an unknown
	 * call is refused before anything is registered, a call linked to another order
	 * after, and then nothing stays registered. Answers the order as stored.
	 */
	WorkOrder register(String callId, Supplier<WorkOrder> registration, Actor actor);

}
