package io.hotline.workorder;

import io.hotline.platform.Problem;

/**
 * The version of an order a client acted on, from the body's {@code version} or an
 * {@code If-Match} header carrying the order's ETag; null when the client did not say.
 */
public final class ExpectedVersion {

	private ExpectedVersion() {
	}

	public static Integer of(Integer bodyVersion, String ifMatch) {
		if (bodyVersion != null || ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return bodyVersion;
		}
		String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
		try {
			return Integer.valueOf(tag);
		}
		catch (NumberFormatException ex) {
			throw Problem.invalid("order.bad-if-match", ifMatch);
		}
	}

}
