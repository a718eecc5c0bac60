package io.hotline.org.web;

import java.util.List;

import io.hotline.platform.Problem;
import tools.jackson.databind.JsonNode;

/**
 * The fields of a JSON body that changes a record: an absent field stays as it is, and
 * {@link #given} tells an absent field from one set to null.
 */
final class Fields {

	private final JsonNode body;

	private Fields(JsonNode body) {
		this.body = body;
	}

	static Fields of(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw Problem.invalid("request.body-required");
		}
		return new Fields(body);
	}

	boolean given(String field) {
		return this.body.has(field);
	}

	String text(String field) {
		JsonNode value = value(field);
		if (value == null) {
			return null;
		}
		if (!value.isString()) {
			throw bad(field, value);
		}
		return value.asString();
	}

	Long number(String field) {
		JsonNode value = value(field);
		if (value == null) {
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToLong()) {
			throw bad(field, value);
		}
		return value.longValue();
	}

	Boolean yesNo(String field) {
		JsonNode value = value(field);
		if (value == null) {
			return null;
		}
		if (!value.isBoolean()) {
			throw Problem.invalid("request.yes-no-required", field);
		}
		return value.booleanValue();
	}

	/**
	 * A list of texts; its items are checked by the caller, who names the unknown ones.
	 */
	List<String> texts(String field) {
		JsonNode value = value(field);
		if (value == null) {
			return null;
		}
		if (!value.isArray()) {
			throw bad(field, value);
		}
		return value.valueStream().map((item) -> item.isString() ? item.asString() : item.toString()).toList();
	}

	private JsonNode value(String field) {
		JsonNode value = this.body.get(field);
		return (value == null || value.isNull()) ? null : value;
	}

	private static Problem bad(String field, JsonNode value) {
		return Problem.invalid("request.bad-value", field, value.toString());
	}

}
