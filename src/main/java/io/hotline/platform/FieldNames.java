package io.hotline.platform;

import java.util.Set;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The names of request fields in the words of the forms (电话号码 / phone number, not
 * {@code caller.phone}): a problem whose message names a field (its first argument) shows
 * the field's name from {@code i18n/fields*.properties}, or the field as the request
 * spelled it where the dictionary has no entry. Problems about the shape or the bytes of
 * a request (a wrong JSON type, a control character) keep the API's field names: they
 * concern the API client, not the person at the form.
 */
final class FieldNames {

	/** The problems whose first argument is the name of a request field. */
	private static final Set<String> NAMING_A_FIELD = Set.of("request.required", "request.yes-no-required",
			"request.too-long", "request.bad-field", "request.bad-value", "training.count", "training.out-of-range",
			"training.repeated");

	private FieldNames() {
	}

	static boolean namesField(String key) {
		return NAMING_A_FIELD.contains(key);
	}

	/** A field's name, translated with the problem. */
	static MessageSourceResolvable field(String name) {
		return new DefaultMessageSourceResolvable(new String[] { "field." + name }, null, name);
	}

}
