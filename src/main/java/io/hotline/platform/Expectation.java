package io.hotline.platform;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a field or parameter takes, in words ({@code request.expected.*}), for a value of
 * the wrong kind: never the name of a Java type.
 */
final class Expectation {

	private Expectation() {
	}

	/** The words for a value of this type; null when there are none. */
	static MessageSourceResolvable of(Class<?> type) {
		if (type == null) {
			return null;
		}
		if (type.isEnum()) {
			String names = Arrays.stream(type.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
			return new DefaultMessageSourceResolvable(new String[] { "request.expected.one-of" },
					new Object[] { names });
		}
		return Problem.phrase(key(type));
	}

	private static String key(Class<?> type) {
		if (type == boolean.class || type == Boolean.class) {
			return "request.expected.boolean";
		}
		if (type == int.class || type == long.class || type == short.class || type == byte.class
				|| type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
				|| type == java.math.BigInteger.class) {
			return "request.expected.integer";
		}
		if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
			return "request.expected.number";
		}
		if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
			return "request.expected.text";
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "request.expected.list";
		}
		if (type == java.time.LocalDate.class) {
			return "request.expected.date";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "request.expected.date-time";
		}
		if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
			return "request.expected.object";
		}
		return "request.expected.value";
	}

}
