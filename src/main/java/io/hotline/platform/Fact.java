package io.hotline.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A sentence the platform writes itself (a timeline note of a check, a dispatch by the
 * model, a callback's verdict), kept as a fact: a message key of
 * {@code i18n/notes*.properties} and its arguments, so that each reader sees it in their
 * own language. The Chinese text ({@link #written()}) is stored beside it for the readers
 * of the stored {@code note}. An argument made with {@link #phrase} is itself a key,
 * translated with the sentence (满意 / satisfied).
 */
public record Fact(String key, List<String> arguments) {

	private static final String PHRASE = "§";

	public Fact {
		arguments = List.copyOf(arguments);
	}

	/** A fact of this key; arguments appear as written (their {@code toString()}). */
	public static Fact of(String key, Object... arguments) {
		return new Fact(key, Arrays.stream(arguments).map(String::valueOf).toList());
	}

	/** An argument that is a phrase of the messages, translated with the sentence. */
	public static String phrase(String key) {
		return PHRASE + key;
	}

	/** The sentence in this language (Chinese where the language has no texts). */
	public String text(Locale locale) {
		Object[] values = this.arguments.stream()
			.map((a) -> a.startsWith(PHRASE) ? ProblemMessages.text(a.substring(PHRASE.length()), locale) : a)
			.toArray();
		return ProblemMessages.text(new DefaultMessageSourceResolvable(new String[] { this.key }, values), locale);
	}

	/** The sentence as it is stored for the readers of the note: in Chinese. */
	public String written() {
		return text(Locale.SIMPLIFIED_CHINESE);
	}

	/** The arguments as an array, to store. */
	public String[] argumentArray() {
		return this.arguments.toArray(String[]::new);
	}

}
