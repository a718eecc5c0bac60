package io.hotline.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hotline.catalog.Category;
import io.hotline.platform.Problem;
import io.hotline.workorder.OrderType;

/**
 * The attributes a service asks for beyond the standard fields, from the category: the
 * kind of request (诉求类型, defaulting to a consultation for a consultation category and to
 * a request for help otherwise) and when the matter happened. Answers come as
 * {@code attribute[code]} form fields.
 */
final class ServiceAttributes {

	static final String REQUEST_TYPE = "request_type";

	static final String OCCURRED_AT = "occurred_at";

	private static final Map<OrderType, String> TYPE_NAMES = Map.of(OrderType.CONSULTATION, "咨询", OrderType.HELP, "求助",
			OrderType.COMPLAINT, "投诉", OrderType.REPORT, "举报", OrderType.SUGGESTION, "建议", OrderType.PRAISE, "表扬");

	private ServiceAttributes() {
	}

	/** The attribute definitions of a service, as GeoReport writes them. */
	static List<Map<String, Object>> of(Category service) {
		List<Map<String, Object>> values = java.util.Arrays.stream(OrderType.values()).map((type) -> {
			Map<String, Object> value = new LinkedHashMap<>();
			value.put("key", type.name());
			value.put("name", TYPE_NAMES.get(type));
			return value;
		}).toList();
		return List.of(attribute(REQUEST_TYPE, "singlevaluelist", 1,
				"诉求类型（缺省为" + TYPE_NAMES.get(defaultType(service)) + "）", values),
				attribute(OCCURRED_AT, "datetime", 2, "事情发生的时间（W3C 日期时间）", null));
	}

	/** The notice of a service: how long its requests take, in working days. */
	static String notice(Category service) {
		return (service.consultation() ? "咨询类诉求一般在 " : "一般在 ") + service.limits().normalDays() + " 个工作日内"
				+ (service.consultation() ? "答复" : "办结");
	}

	static OrderType defaultType(Category service) {
		return service.consultation() ? OrderType.CONSULTATION : OrderType.HELP;
	}

	/**
	 * The answers of a form, checked against the definitions; an unknown attribute or a
	 * value that is not one of the list's keys or not a date-time is refused.
	 */
	static Map<String, String> answers(Map<String, String> form) {
		Map<String, String> answers = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (!name.startsWith("attribute[")) {
				return;
			}
			String code = name.substring("attribute[".length()).replace("[]", "").replace("]", "");
			String answer = value == null ? "" : value.strip();
			if (answer.isEmpty()) {
				return;
			}
			switch (code) {
				case REQUEST_TYPE -> type(answer);
				case OCCURRED_AT -> RequestFields.instant(answer, name);
				default -> throw Problem.invalid("open311.unknown-attribute", code);
			}
			answers.put(code, answer);
		});
		return answers;
	}

	/** The order type that the answers ask for, or the service's default. */
	static OrderType type(Map<String, String> answers, Category service) {
		String answer = answers.get(REQUEST_TYPE);
		return answer == null ? defaultType(service) : type(answer);
	}

	private static OrderType type(String answer) {
		try {
			return OrderType.valueOf(answer.toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("open311.bad-attribute", REQUEST_TYPE, answer);
		}
	}

	private static Map<String, Object> attribute(String code, String datatype, int order, String description,
			List<Map<String, Object>> values) {
		Map<String, Object> attribute = new LinkedHashMap<>();
		attribute.put("variable", true);
		attribute.put("code", code);
		attribute.put("datatype", datatype);
		attribute.put("required", false);
		attribute.put("datatype_description", null);
		attribute.put("order", order);
		attribute.put("description", description);
		if (values != null) {
			attribute.put("values", values);
		}
		return attribute;
	}

}
