package io.hotline.assist;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.hotline.platform.InputText;
import io.hotline.platform.Problem;
import io.hotline.workorder.OrderType;

/**
 * A script as an administrator or quality officer writes it; {@link #valid} refuses what
 * is wrong naming the field. {@code version} is the version edited (for an update).
 */
record ScriptInput(String code, String name, String situation, String orderType, String categoryCode, String service,
		String text, Integer position, Boolean enabled, Integer version) {

	static final int NAME_CHARS = 40;

	static final int TEXT_CHARS = 1_000;

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

	private static final Set<String> SERVICES = Set.of("110", "119", "120");

	Script valid() {
		String c = required(this.code, "code").toUpperCase(Locale.ROOT);
		if (!CODE.matcher(c).matches()) {
			throw Problem.invalid("assist.bad-code", this.code);
		}
		String n = InputText.limited(required(this.name, "name"), "name", NAME_CHARS);
		Situation s = parse(Situation.class, required(this.situation, "situation"), "situation");
		String type = blank(this.orderType) ? null : parse(OrderType.class, this.orderType, "orderType").name();
		String category = blank(this.categoryCode) ? null : InputText.limited(this.categoryCode, "categoryCode", 64);
		String service = blank(this.service) ? null : this.service.strip();
		if (service != null && !SERVICES.contains(service)) {
			throw Problem.invalid("request.bad-value", "service", service);
		}
		if (s == Situation.EMERGENCY && service == null) {
			throw Problem.invalid("request.required", "service");
		}
		String t = InputText.limited(required(this.text, "text"), "text", TEXT_CHARS);
		int p = (this.position == null) ? 0 : this.position;
		return new Script(0, c, n, s, type, category, service, t, p, this.enabled == null || this.enabled, 0, null,
				null);
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("request.bad-value", field, value);
		}
	}

	private static String required(String value, String field) {
		if (blank(value)) {
			throw Problem.invalid("request.required", field);
		}
		return value.strip();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
