package io.hotline.knowledge.articles;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hotline.platform.Problem;

/**
 * The columns of an import file, by their headers in Chinese or English. A header not
 * known is refused, so that a misspelt column is not silently lost.
 */
final class ImportColumns {

	/** The fields of an article, each with the headers that name it. */
	private static final Map<String, List<String>> FIELDS = new LinkedHashMap<>();

	static {
		FIELDS.put("title", List.of("标题", "title"));
		FIELDS.put("answer", List.of("答案", "答复", "answer"));
		FIELDS.put("questions", List.of("问题", "相似问题", "questions"));
		FIELDS.put("categoryCode", List.of("分类", "category", "categorycode"));
		FIELDS.put("department", List.of("部门", "所属部门", "department"));
		FIELDS.put("source", List.of("政策依据", "来源", "source"));
		FIELDS.put("public", List.of("公开", "public"));
		FIELDS.put("effectiveFrom", List.of("生效日期", "effectivefrom"));
		FIELDS.put("expiresAt", List.of("失效日期", "expiresat"));
		FIELDS.put("tags", List.of("标签", "tags"));
	}

	private static final Map<String, String> BY_HEADER = new HashMap<>();

	static {
		FIELDS.forEach((field, headers) -> headers.forEach((h) -> BY_HEADER.put(h, field)));
	}

	/** Field by column index, and the header as the file wrote it, by field. */
	private final Map<Integer, String> fields = new HashMap<>();

	private final Map<String, String> headers = new HashMap<>();

	ImportColumns(List<String> header) {
		for (int i = 0; i < header.size(); i++) {
			String written = (header.get(i) == null) ? "" : header.get(i).strip();
			if (written.isEmpty()) {
				continue;
			}
			String field = BY_HEADER.get(written.toLowerCase(Locale.ROOT));
			if (field == null) {
				throw Problem.invalid("knowledge.import-unknown-column", written, String.join(", ", known()));
			}
			if (this.headers.containsKey(field)) {
				throw Problem.invalid("knowledge.import-repeated-column", written);
			}
			this.fields.put(i, field);
			this.headers.put(field, written);
		}
		for (String required : List.of("title", "answer")) {
			if (!this.headers.containsKey(required)) {
				throw Problem.invalid("knowledge.import-missing-column", FIELDS.get(required).get(0), required);
			}
		}
	}

	/** The row's values by field; columns without a header are ignored. */
	Map<String, String> values(List<String> row) {
		Map<String, String> values = new HashMap<>();
		this.fields.forEach((i, field) -> {
			String value = (i < row.size()) ? row.get(i) : null;
			if (value != null && !value.isBlank()) {
				values.put(field, value.strip());
			}
		});
		return values;
	}

	/** The header the file used for a field (the field itself when there is none). */
	String header(String field) {
		return this.headers.getOrDefault(field, field);
	}

	private static List<String> known() {
		return FIELDS.values().stream().map((h) -> h.get(0) + "/" + h.get(h.size() - 1)).toList();
	}

}
