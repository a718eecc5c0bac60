package io.hotline.intake;

import java.util.regex.Pattern;

import io.hotline.workorder.Channel;
import io.hotline.workorder.GeoPoint;
import io.hotline.workorder.OrderType;
import io.hotline.workorder.Urgency;

/**
 * A request to register, as a channel or an agent sends it; {@code callId} names the
 * phone system's call it came from, if any, and {@code location} the divisions a person
 * confirmed (else the address is recognised).
 */
public record IntakeRequest(Channel channel, OrderType type, String content, String title, String address,
		CallerInput caller, String categoryCode, Urgency urgency, String requestId, GeoPoint point, String callId,
		LocationInput location) {

	/** A request of no confirmed location. */
	public IntakeRequest(Channel channel, OrderType type, String content, String title, String address,
			CallerInput caller, String categoryCode, Urgency urgency, String requestId, GeoPoint point, String callId) {
		this(channel, type, content, title, address, caller, categoryCode, urgency, requestId, point, callId, null);
	}

	/** A request of no call. */
	public IntakeRequest(Channel channel, OrderType type, String content, String title, String address,
			CallerInput caller, String categoryCode, Urgency urgency, String requestId, GeoPoint point) {
		this(channel, type, content, title, address, caller, categoryCode, urgency, requestId, point, null);
	}

	/** A request without coordinates. */
	public IntakeRequest(Channel channel, OrderType type, String content, String title, String address,
			CallerInput caller, String categoryCode, Urgency urgency, String requestId) {
		this(channel, type, content, title, address, caller, categoryCode, urgency, requestId, null);
	}

	/** Division codes a person confirmed; the finest fixes the coarser ones. */
	public record LocationInput(String districtCode, String streetCode, String communityCode) {

	}

	/** The caller as given; both parts optional. */
	public record CallerInput(String name, String phone) {

		/** The longest name taken. */
		public static final int MAX_NAME = 64;

		private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{3,32}");

		/**
		 * Whether the text is a phone number as intake takes one: 3 to 32 digits, plus
		 * signs, hyphens, brackets and spaces.
		 */
		public static boolean isPhone(String text) {
			return text != null && PHONE.matcher(text).matches();
		}

	}

}
