package io.hotline.callback.plan;

/**
 * How the platform reaches a citizen for a callback: a text message (SMS), a WeChat
 * message, or a robot call that says the script's first words (the phone system then
 * posts the citizen's answers). The default, {@link LoggingCallbackChannel}, logs and
 * keeps what would be sent; a gateway to an SMS provider, WeChat or the phone system's
 * outbound calls replaces it as a bean of this type.
 */
public interface CallbackChannel {

	/** A text message or WeChat message with the link to the portal's rating page. */
	void message(long planId, String channel, String phone, String text, String link);

	/** A robot call to the phone, opening with these words. */
	void call(long planId, String phone, String opening);

}
