package io.hotline.platform;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts of problems: {@code i18n/problems.properties} in Chinese, the default, and
 * {@code i18n/problems_en.properties} in English. Every text is a
 * {@link java.text.MessageFormat} pattern, with or without arguments. The names of
 * request fields as the forms name them are in {@code i18n/fields*.properties}
 * ({@link FieldNames}), the notes the platform writes itself in
 * {@code i18n/notes*.properties} ({@link Fact}).
 */
final class ProblemMessages {

	private static final MessageSource TEXTS = texts();

	private ProblemMessages() {
	}

	static String text(MessageSourceResolvable message, Locale locale) {
		return TEXTS.getMessage(message, locale);
	}

	static String text(String key, Locale locale, Object... arguments) {
		return text(new DefaultMessageSourceResolvable(new String[] { key }, arguments), locale);
	}

	private static MessageSource texts() {
		ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
		texts.setBasenames("i18n/problems", "i18n/fields", "i18n/notes");
		texts.setDefaultEncoding("UTF-8");
		texts.setFallbackToSystemLocale(false);
		texts.setAlwaysUseMessageFormat(true);
		texts.setUseCodeAsDefaultMessage(true);
		return texts;
	}

}
