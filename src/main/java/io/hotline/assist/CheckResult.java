package io.hotline.assist;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What a scenario check found: its code, whether the conversation passed, the utterance
 * it rests on (its index; null where none), the words quoted, and the message (its key in
 * {@code i18n/assist*.properties} with its arguments; {@link #message()} in Chinese).
 */
public record CheckResult(String code, boolean passed, Integer utterance, String evidence, String messageKey,
		List<Object> arguments) {

	public CheckResult {
		arguments = List.copyOf(arguments);
	}

	static CheckResult passed(String code, Integer utterance, String evidence, String key, Object... arguments) {
		return new CheckResult(code, true, utterance, evidence, key, List.of(arguments));
	}

	static CheckResult failed(String code, Integer utterance, String evidence, String key, Object... arguments) {
		return new CheckResult(code, false, utterance, evidence, key, List.of(arguments));
	}

	/** The message in Chinese. */
	public String message() {
		return message(Locale.ROOT);
	}

	/** The message in English ({@link Locale#ENGLISH}) or Chinese (any other). */
	public String message(Locale locale) {
		ResourceBundle texts = ResourceBundle.getBundle("i18n/assist",
				Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(texts.getString(this.messageKey), locale).format(this.arguments.toArray());
	}

}
