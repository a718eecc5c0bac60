package io.hotline.knowledge.articles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.hotline.catalog.Catalog;
import io.hotline.platform.DateParameter;
import io.hotline.platform.InputText;
import io.hotline.platform.Problem;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What an article says, checked: the part of an article that each version keeps whole.
 * {@code source} is the policy the answer rests on (政策依据); {@code shared} is the
 * contract's {@code public} (a Java keyword): whether the citizens' portal may show it.
 */
record ArticleContent(String title, String answer, List<String> questions, String categoryCode, String department,
		String source, @JsonProperty("public") boolean shared, LocalDate effectiveFrom, LocalDate expiresAt,
		List<String> tags) {

	static final int TITLE_CHARS = 200;

	static final int ANSWER_CHARS = 10_000;

	static final int QUESTION_CHARS = 200;

	static final int QUESTIONS = 20;

	static final int TAG_CHARS = 32;

	static final int TAGS = 20;

	static final int DEPARTMENT_CHARS = 100;

	static final int SOURCE_CHARS = 500;

	ArticleContent {
		questions = (questions == null) ? List.of() : List.copyOf(questions);
		tags = (tags == null) ? List.of() : List.copyOf(tags);
	}

	/** The input checked field by field, the first wrong one refused by name. */
	static ArticleContent of(ArticleInput input, Catalog catalog) {
		if (input == null) {
			throw Problem.invalid("knowledge.body-required");
		}
		String title = text("title", input.title(), TITLE_CHARS, true);
		String answer = text("answer", input.answer(), ANSWER_CHARS, true);
		List<String> questions = items("questions", input.questions(), QUESTIONS, QUESTION_CHARS);
		String category = text("categoryCode", input.categoryCode(), 32, false);
		if (category != null && catalog.category(category).isEmpty()) {
			throw Problem.invalid("knowledge.unknown-category", category);
		}
		String department = text("department", input.department(), DEPARTMENT_CHARS, false);
		String source = text("source", input.source(), SOURCE_CHARS, false);
		LocalDate from = date("effectiveFrom", input.effectiveFrom());
		LocalDate expires = date("expiresAt", input.expiresAt());
		if (from != null && expires != null && expires.isBefore(from)) {
			throw Problem.invalid("knowledge.expires-before-effective", from, expires);
		}
		List<String> tags = items("tags", input.tags(), TAGS, TAG_CHARS);
		return new ArticleContent(title, answer, questions, category, department, source,
				Boolean.TRUE.equals(input.shared()), from, expires, tags);
	}

	private static String text(String field, String value, int max, boolean required) {
		String text = (value == null) ? "" : value.strip();
		if (text.isEmpty()) {
			if (required) {
				throw Problem.invalid("knowledge.field-required", field);
			}
			return null;
		}
		if (text.length() > max) {
			throw Problem.invalid("knowledge.field-too-long", field, max);
		}
		// the API refused such text already; an imported file's cell is checked here
		return InputText.checked(text, field);
	}

	private static List<String> items(String field, List<String> values, int most, int max) {
		if (values == null) {
			return List.of();
		}
		if (values.size() > most) {
			throw Problem.invalid("knowledge.too-many", field, most);
		}
		List<String> items = new ArrayList<>();
		for (String value : values) {
			String item = text(field, value, max, false);
			// a blank line of a form is no question or tag; a repeated one adds nothing
			if (item != null && !items.contains(item)) {
				items.add(item);
			}
		}
		return items;
	}

	private static LocalDate date(String field, String value) {
		return DateParameter.parse(field, value, "knowledge.bad-date", null);
	}

	/** Whether the article applies on that day: through its expiry day, not after. */
	boolean inEffect(LocalDate day) {
		return (this.effectiveFrom == null || !this.effectiveFrom.isAfter(day))
				&& (this.expiresAt == null || !this.expiresAt.isBefore(day));
	}

	/** The names of the fields in which the other content differs from this one. */
	List<String> changedFrom(ArticleContent before) {
		List<String> changed = new ArrayList<>();
		add(changed, "title", this.title, before.title);
		add(changed, "answer", this.answer, before.answer);
		add(changed, "questions", this.questions, before.questions);
		add(changed, "categoryCode", this.categoryCode, before.categoryCode);
		add(changed, "department", this.department, before.department);
		add(changed, "source", this.source, before.source);
		add(changed, "public", this.shared, before.shared);
		add(changed, "effectiveFrom", this.effectiveFrom, before.effectiveFrom);
		add(changed, "expiresAt", this.expiresAt, before.expiresAt);
		add(changed, "tags", this.tags, before.tags);
		return changed;
	}

	private static void add(List<String> changed, String field, Object now, Object before) {
		if (!java.util.Objects.equals(now, before)) {
			changed.add(field);
		}
	}

}
