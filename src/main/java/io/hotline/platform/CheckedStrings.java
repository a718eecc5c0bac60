package io.hotline.platform;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.type.LogicalType;

/**
 * Every JSON string of a request body, checked as {@link InputText} says: the refusal
 * travels up through Jackson, which adds the path of the field it was read for.
 */
final class CheckedStrings extends StdScalarDeserializer<String> {

	CheckedStrings() {
		super(String.class);
	}

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		String text = StringDeserializer.instance.deserialize(parser, context);
		String fault = InputText.fault(text);
		if (fault != null) {
			throw new RefusedText(parser, fault);
		}
		return text;
	}

	@Override
	public LogicalType logicalType() {
		return LogicalType.Textual;
	}

	@Override
	public boolean isCachable() {
		return true;
	}

	@Override
	public Object getEmptyValue(DeserializationContext context) {
		return "";
	}

	/** A string that {@link InputText} refuses; the key is the problem's. */
	static final class RefusedText extends MismatchedInputException {

		private final String key;

		RefusedText(JsonParser parser, String key) {
			super(parser, "refused text: " + key, String.class);
			this.key = key;
		}

		String key() {
			return this.key;
		}

	}

}
