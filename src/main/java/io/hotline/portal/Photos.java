package io.hotline.portal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import io.hotline.platform.Problem;

/**
 * Photos are JPEG or PNG by their bytes, whatever type the browser declared: the first
 * bytes name the format, and the image's header must read as one of that format, of at
 * most {@link #MAX_PIXELS} pixels (its pixels themselves are never decoded here).
 */
final class Photos {

	/**
	 * The most pixels of a photo: 100 megapixels, more than any phone takes by default.
	 */
	static final long MAX_PIXELS = 100_000_000L;

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private Photos() {
	}

	/** The photo's media type, or a refusal. */
	static String check(byte[] photo, String declared) {
		if (photo.length > Portal.MAX_PHOTO) {
			throw Problem.tooLarge("portal.photo-too-large", Portal.MAX_PHOTO / (1024 * 1024));
		}
		String actual = startsWith(photo, JPEG) ? "image/jpeg" : startsWith(photo, PNG) ? "image/png" : null;
		if (actual == null || !agrees(declared, actual)) {
			throw Problem.invalid("portal.photo-type");
		}
		long pixels = pixels(photo, actual);
		if (pixels <= 0) {
			throw Problem.invalid("portal.photo-type");
		}
		if (pixels > MAX_PIXELS) {
			throw Problem.invalid("portal.photo-too-many-pixels", MAX_PIXELS / 1_000_000);
		}
		return actual;
	}

	/** No declared type, or the same one (browsers may say {@code image/jpg}). */
	private static boolean agrees(String declared, String actual) {
		return declared == null || declared.isBlank() || declared.equalsIgnoreCase(actual)
				|| (actual.equals("image/jpeg") && declared.equalsIgnoreCase("image/jpg"));
	}

	/**
	 * Width × height as the image's header says, or 0 where it is not one of this type.
	 */
	private static long pixels(byte[] photo, String type) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
		if (!readers.hasNext()) {
			return 0;
		}
		ImageReader reader = readers.next();
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(photo))) {
			reader.setInput(input, true, true);
			return Math.max(0L, reader.getWidth(0)) * Math.max(0L, reader.getHeight(0));
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
		finally {
			reader.dispose();
		}
	}

	private static boolean startsWith(byte[] data, byte[] prefix) {
		if (data.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (data[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
