package io.hotline.open311;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.hotline.intake.IntakeRequest;

/**
 * The optional contact fields of a request: the caller's {@code first_name} and
 * {@code last_name}, {@code phone} and {@code email}. A wrong value among them (an
 * {@code email=null} that a client sends for none, a phone that is no phone, a name too
 * long) is left out and noted rather than refused: the report matters more than a way to
 * reach its sender, and is never lost over it.
 */
final class ContactFields {

	static final int MAX_EMAIL = 254;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** What clients send for a field they have no value for. */
	private static final Set<String> NOTHING = Set.of("null", "nil", "none", "undefined", "n/a");

	private ContactFields() {
	}

	/** The contact of a form, with what was left out of it. */
	static Contact of(Map<String, String> form) {
		Map<String, String> ignored = new LinkedHashMap<>();
		String first = given(form, "first_name", ignored);
		String last = given(form, "last_name", ignored);
		String name = String.join("", last == null ? "" : last, first == null ? "" : first);
		if (name.length() > IntakeRequest.CallerInput.MAX_NAME) {
			note(ignored, "last_name", last);
			note(ignored, "first_name", first);
			name = "";
		}
		String phone = given(form, "phone", ignored);
		if (phone != null && !IntakeRequest.CallerInput.isPhone(phone)) {
			note(ignored, "phone", phone);
			phone = null;
		}
		String email = given(form, "email", ignored);
		if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
			note(ignored, "email", email);
			email = null;
		}
		return new Contact(name.isEmpty() ? null : name, phone, email, ignored);
	}

	private static String given(Map<String, String> form, String field, Map<String, String> ignored) {
		String value = form.get(field);
		if (value == null || value.isBlank()) {
			return null;
		}
		value = value.strip();
		if (NOTHING.contains(value.toLowerCase(java.util.Locale.ROOT))) {
			note(ignored, field, value);
			return null;
		}
		return value;
	}

	private static void note(Map<String, String> ignored, String field, String value) {
		if (value != null) {
			ignored.put(field, value.length() > MAX_EMAIL ? value.substring(0, MAX_EMAIL) + "…" : value);
		}
	}

	/**
	 * The caller's name (last name first) and phone for the order, the e-mail for the
	 * extras, and the fields left out with the values sent.
	 */
	record Contact(String name, String phone, String email, Map<String, String> ignored) {

	}

}
