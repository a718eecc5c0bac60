package io.hotline.training;

import java.util.regex.Pattern;

/**
 * The kinds of fact a question asks about: found in an article's answer by their form, or
 * (the department) named by the article itself.
 */
enum FactKind {

	/** A number with its unit: 1年, 6个月, 15个工作日, 200元, 3月1日. */
	NUMBER("\\d+(?:\\.\\d+)?(?:个)?(?:个工作日|工作日|日|天|周岁|岁|年|个月|月|小时|分钟|元|万元|%|次|倍)"),
	/** A document by its title: 《出生医学证明》. */
	DOCUMENT("《[^《》]{2,40}》"),
	/** A service line: 12345, 12333, 12315. */
	HOTLINE("(?<!\\d)12\\d{3}(?!\\d)"),
	/** A named service or channel in quotation marks: “交管12123”. */
	CHANNEL("“[^“”]{2,20}”"),
	/** The department that owns the article. */
	DEPARTMENT(null);

	private final Pattern pattern;

	FactKind(String regex) {
		this.pattern = (regex == null) ? null : Pattern.compile(regex);
	}

	Pattern pattern() {
		return this.pattern;
	}

}
