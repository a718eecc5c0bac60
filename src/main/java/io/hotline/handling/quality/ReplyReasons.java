package io.hotline.handling.quality;

import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.hotline.platform.Fact;

/**
 * The reasons a reply loses points, each a code (a key of {@code i18n/notes*.properties},
 * {@code reply.reason.*}) with its texts in Chinese and English. The scores keep the
 * Chinese sentence ({@code reply_score.reasons}, as API clients read it); a stored
 * sentence is read back to its code and arguments by its Chinese pattern, so that older
 * scores, and the commonest reasons with their numbers written N, are shown in the
 * reader's language too. A sentence of no known code stays as written.
 */
final class ReplyReasons {

	static final String WEAK_RELEVANCE = "reply.reason.weak-relevance";

	static final String NO_WHAT = "reply.reason.no-what";

	static final String NO_WHEN = "reply.reason.no-when";

	static final String NO_WHO = "reply.reason.no-who";

	static final String TEMPLATE = "reply.reason.template";

	static final String EVASION = "reply.reason.evasion";

	static final String NO_SUBSTANCE = "reply.reason.no-substance";

	static final String REPETITION = "reply.reason.repetition";

	static final String SHORT = "reply.reason.short";

	private static final String AS_WRITTEN = "reply.reason.as-written";

	private static final List<String> CODES = List.of(WEAK_RELEVANCE, NO_WHAT, NO_WHEN, NO_WHO, TEMPLATE, EVASION,
			NO_SUBSTANCE, REPETITION, SHORT);

	private ReplyReasons() {
	}

	/** The fact a stored reason was written from (its code and arguments). */
	static Fact fact(String written) {
		for (String code : CODES) {
			MessageFormat pattern = new MessageFormat(Fact.of(code, "{0}").written(), Locale.ROOT);
			ParsePosition at = new ParsePosition(0);
			Object[] arguments = pattern.parse(written, at);
			if (arguments != null && at.getIndex() == written.length()) {
				return new Fact(code, Arrays.stream(arguments).map(String::valueOf).toList());
			}
		}
		return Fact.of(AS_WRITTEN, written);
	}

	/** The codes of stored reasons. */
	static List<String> codes(List<String> written) {
		return written.stream().map((w) -> fact(w).key()).toList();
	}

	/** Stored reasons in this language (as stored for Chinese). */
	static List<String> texts(List<String> written, Locale locale) {
		return "zh".equals(locale.getLanguage()) ? written : written.stream().map((w) -> fact(w).text(locale)).toList();
	}

}
