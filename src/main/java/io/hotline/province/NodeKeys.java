package io.hotline.province;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys and signatures between a province and its cities (decision 0015): a city's key
 * is derived from the province's secret and the city's code, so the province keeps one
 * secret and a city's key signs for that city alone; a call is signed over its method,
 * path, time and the hash of its body.
 */
public final class NodeKeys {

	/** The header naming the calling node (its division code). */
	public static final String NODE = "X-Hotline-Node";

	/** The header with the call's time, seconds since the epoch. */
	public static final String TIMESTAMP = "X-Hotline-Timestamp";

	/** The header with the call's signature. */
	public static final String SIGNATURE = "X-Hotline-Signature";

	/** How far a call's time may be from the receiver's clock. */
	public static final long SKEW_SECONDS = 300;

	private NodeKeys() {
	}

	/** The key of a city, from the province's secret. */
	public static String keyOf(String masterKey, String city) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(masterKey, "hotline-node:" + city));
	}

	/** The signature of a call. */
	public static String sign(String key, String method, String path, long timestamp, byte[] body) {
		String hash = HexFormat.of().formatHex(sha256(body));
		return Base64.getEncoder().encodeToString(hmac(key, method + "\n" + path + "\n" + timestamp + "\n" + hash));
	}

	/** Whether a signature is the call's, compared in constant time. */
	public static boolean matches(String key, String method, String path, long timestamp, byte[] body,
			String signature) {
		if (signature == null) {
			return false;
		}
		byte[] expected = sign(key, method, path, timestamp, body).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] hmac(String key, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	private static byte[] sha256(byte[] body) {
		try {
			return MessageDigest.getInstance("SHA-256").digest((body == null) ? new byte[0] : body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
