package io.hotline.supervision;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.hotline.workorder.WorkOrderId;

/**
 * 省级督办 on a city's order as a supervision case (督办件 of kind {@code PROVINCE}): the city's
 * monitors remind and escalate it like their own and close it once the order is replied
 * or closed. Each case is known by its episode, the province's command that opened it.
 */
public interface ProvinceCases {

	/**
	 * Opens the case of the province's supervision {@code episode} of an order waiting
	 * for someone, due in {@code days} working days, telling its unit (or the
	 * dispatchers) with the province's note; false when the order waits for no one
	 * (replied, closed, gone). Opening the same episode again changes nothing.
	 */
	boolean open(WorkOrderId order, long episode, int days, String note);

	/**
	 * The province's reminder (催办) of its open case now, counted with the city's own;
	 * false when the case is closed or its order waits for no one.
	 */
	boolean remind(WorkOrderId order, long episode, String note);

	/** The states of the cases of these episodes that were opened. */
	List<State> states(Collection<Long> episodes);

	/**
	 * A provincial case as the city's supervision holds it: {@code OPEN},
	 * {@code REMINDED}, {@code ESCALATED} or {@code CLOSED}.
	 */
	record State(long episode, String status, Instant deadline, int reminders, Instant escalatedAt, Instant closedAt,
			String closeNote) {

	}

}
