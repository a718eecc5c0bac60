package io.hotline.intake.duplicate;

import java.time.Instant;

import io.hotline.workorder.Status;

/**
 * An order as the recent-orders index keeps it: what identifies and places it, and its
 * state; its text only as pairs of characters.
 */
record Indexed(long orderId, String number, String title, String content, String callerKey, String communityCode,
		String streetCode, String addressKey, Instant createdAt, Status status, Instant closedAt, String satisfaction) {

	/** The caller's phone as digits only, or null. */
	static String callerKey(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("[^0-9]", "");
		if (digits.startsWith("86") && digits.length() == 13) {
			digits = digits.substring(2);
		}
		return digits.length() < 5 ? null : digits;
	}

	/** The address as its letters and digits, or null when too short to tell a place. */
	static String addressKey(String address) {
		String key = Bigrams.normalised(address);
		return key.length() < 4 ? null : key;
	}

	/**
	 * Whether two orders lie in the same place: the same community, or the same street
	 * where one of them has no community, or the same address.
	 */
	boolean samePlace(String community, String street, String address) {
		if (this.communityCode != null && this.communityCode.equals(community)) {
			return true;
		}
		if ((this.communityCode == null || community == null) && this.streetCode != null
				&& this.streetCode.equals(street)) {
			return true;
		}
		return this.addressKey != null && this.addressKey.equals(address);
	}

	Indexed with(Status newStatus, Instant newClosedAt, String newSatisfaction) {
		return new Indexed(this.orderId, this.number, this.title, null, this.callerKey, this.communityCode,
				this.streetCode, this.addressKey, this.createdAt, newStatus, newClosedAt, newSatisfaction);
	}

}
