package io.hotline.portal;

import io.hotline.platform.Problem;

/** Photos are JPEG or PNG by their first bytes, whatever type the browser declared. */
final class Photos {

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
		if (actual == null || (declared != null && !declared.isBlank() && !declared.equalsIgnoreCase(actual)
				&& !(actual.equals("image/jpeg") && declared.equalsIgnoreCase("image/jpg")))) {
			throw Problem.invalid("portal.photo-type");
		}
		return actual;
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
