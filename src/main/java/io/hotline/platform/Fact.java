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
 * translated with the sentence (满意 / satisfied); one made with {@link #phrases} is a list
 * of facts, each translated and joined by the language's list separator.
 */
public record Fact(String key, List<String> arguments) {

	private static final String PHRASE = "§";

	private static final String PHRASES = "§§";

	private static final String FACT_END = "\u001E";

	private static final String ARGUMENT_END = "\u001F";

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

	/**
	 * An argument that is a list of facts (a reply's reasons), each translated with the
	 * sentence and joined by {@code fact.separator} (；/ ; ).
	 */
	public static String phrases(List<Fact> facts) {
		StringBuilder list = new StringBuilder(PHRASES);
		for (Fact fact : facts) {
			list.append(fact.key());
			fact.arguments().forEach((a) -> list.append(ARGUMENT_END).append(a));
			list.append(FACT_END);
		}
		return list.toString();
	}

	/** The sentence in this language (Chinese where the language has no texts). */
	public String text(Locale locale) {
		Object[] values = this.arguments.stream().map((a) -> argument(a, locale)).toArray();
		return ProblemMessages.text(new DefaultMessageSourceResolvable(new String[] { this.key }, values), locale);
	}

	private static String argument(String argument, Locale locale) {
		if (argument.startsWith(PHRASES)) {
			List<String> texts = Arrays.stream(argument.substring(PHRASES.length()).split(FACT_END))
				.filter((f) -> !f.isEmpty())
				.map((f) -> f.split(ARGUMENT_END, -1))
				.map((f) -> new Fact(f[0], Arrays.asList(f).subList(1, f.length)).text(locale))
				.toList();
			return String.join(ProblemMessages.text("fact.separator", locale), texts);
		}
		return argument.startsWith(PHRASE) ? ProblemMessages.text(argument.substring(PHRASE.length()), locale)
				: argument;
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
