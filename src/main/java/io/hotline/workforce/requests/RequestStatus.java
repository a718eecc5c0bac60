package io.hotline.workforce.requests;

/**
 * Where a request stands: a swap waits for the other agent first; then the team leader
 * decides; the requester may cancel while it is open.
 */
enum RequestStatus {

	AWAITING_PARTNER, PENDING, APPROVED, REJECTED, CANCELLED;

	boolean open() {
		return this == AWAITING_PARTNER || this == PENDING;
	}

}
