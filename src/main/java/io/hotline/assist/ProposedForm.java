package io.hotline.assist;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The order form proposed from a conversation, field by field ({@link #FIELDS}); the
 * address also with its district, street and community codes.
 */
public record ProposedForm(FormField type, FormField category, FormField address, FormField callerName,
		FormField callerPhone, FormField title, FormField summary, FormField urgency, String districtCode,
		String streetCode, String communityCode) {

	/** The fields' names, as the API and the accuracy report write them. */
	public static final java.util.List<String> FIELDS = java.util.List.of("type", "category", "address", "callerName",
			"callerPhone", "title", "summary", "urgency");

	/** The fields by name, in the order of {@link #FIELDS}. */
	public Map<String, FormField> fields() {
		Map<String, FormField> fields = new LinkedHashMap<>();
		fields.put("type", this.type);
		fields.put("category", this.category);
		fields.put("address", this.address);
		fields.put("callerName", this.callerName);
		fields.put("callerPhone", this.callerPhone);
		fields.put("title", this.title);
		fields.put("summary", this.summary);
		fields.put("urgency", this.urgency);
		return fields;
	}

}
