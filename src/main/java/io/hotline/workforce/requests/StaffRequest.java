package io.hotline.workforce.requests;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A request as stored: for leave the days {@code firstDay}–{@code lastDay}; for overtime
 * and swaps one day ({@code firstDay}) and the shift; for a swap also the partner's day
 * and shift. {@code rosterId}: the roster version its approval produced.
 */
record StaffRequest(long id, RequestKind kind, RequestStatus status, String requester, LocalDate firstDay,
		LocalDate lastDay, String leaveKind, String reason, String shift, String partner, LocalDate partnerDay,
		String partnerShift, OffsetDateTime createdAt, String decidedBy, OffsetDateTime decidedAt, String comment,
		Long rosterId) {

	boolean concerns(String username) {
		return this.requester.equals(username) || username.equals(this.partner);
	}

}
