package io.hotline.open311.web;

import java.util.Collection;
import java.util.Map;

/**
 * Writes a GeoReport answer as XML: a map's entries become child elements, a list's items
 * elements named in the singular (a {@code <services>} holds {@code <service>}s), a null
 * an empty element.
 */
final class Xml {

	private static final Map<String, String> ITEMS = Map.of("services", "service", "service_requests", "request",
			"errors", "error", "endpoints", "endpoint", "formats", "format", "attributes", "attribute", "values",
			"value");

	private Xml() {
	}

	static String document(String root, Object value) {
		StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
		element(out, root, value);
		return out.append('\n').toString();
	}

	private static void element(StringBuilder out, String name, Object value) {
		if (value == null) {
			out.append('<').append(name).append("/>");
			return;
		}
		out.append('<').append(name).append('>');
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, child) -> element(out, key.toString(), child));
		}
		else if (value instanceof Collection<?> items) {
			String item = ITEMS.getOrDefault(name, "item");
			items.forEach((child) -> element(out, item, child));
		}
		else {
			escape(out, value.toString());
		}
		out.append("</").append(name).append('>');
	}

	/** Escapes markup and leaves out the characters that XML 1.0 does not allow. */
	private static void escape(StringBuilder out, String text) {
		text.codePoints().forEach((c) -> {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r') {
						out.appendCodePoint(c);
					}
				}
			}
		});
	}

}
