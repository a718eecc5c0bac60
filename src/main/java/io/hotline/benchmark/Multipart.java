package io.hotline.benchmark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A {@code multipart/form-data} body of text fields, as a browser's form sends it. */
final class Multipart {

	private Multipart() {
	}

	/** The body of these name and value pairs, the boundary between the parts. */
	static byte[] of(String boundary, String... namesAndValues) {
		ByteArrayOutputStream body = new ByteArrayOutputStream(512);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + namesAndValues[i]
					+ "\"\r\n\r\n" + namesAndValues[i + 1] + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return body.toByteArray();
	}

}
