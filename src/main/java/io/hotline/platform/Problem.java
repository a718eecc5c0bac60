package io.hotline.platform;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * A refusal that the API answers as problem+json: the kind chooses the status, the
 * message key and its arguments the human-readable {@code detail}, in the caller's
 * language ({@code i18n/problems*.properties}). The exception's own message is the
 * English text, for logs.
 */
public class Problem extends RuntimeException implements MessageSourceResolvable {

	/** The kinds of refusal of the contract. */
	public enum Kind {

		/** 400: the input is wrong. */
		INVALID(HttpStatus.BAD_REQUEST),
		/** 403: the user may not do this. */
		FORBIDDEN(HttpStatus.FORBIDDEN),
		/** 404: unknown, or not visible to this user. */
		NOT_FOUND(HttpStatus.NOT_FOUND),
		/** 409: not allowed in the current state, or a concurrent change. */
		CONFLICT(HttpStatus.CONFLICT),
		/**
		 * 428: a change that must name the version it was made on (a body's
		 * {@code version} or an {@code If-Match}) did not.
		 */
		PRECONDITION_REQUIRED(HttpStatus.PRECONDITION_REQUIRED),
		/** 413: the request or one of its parts is too large. */
		TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
		/** 429: too many requests from one client. */
		TOO_MANY(HttpStatus.TOO_MANY_REQUESTS),
		/** 503: not ready yet (a model still in training); try again later. */
		UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE);

		private final HttpStatus status;

		Kind(HttpStatus status) {
			this.status = status;
		}

		/** The HTTP status that answers this kind of refusal, whatever the format. */
		public HttpStatus status() {
			return this.status;
		}

	}

	private final Kind kind;

	private final String key;

	private final transient Object[] arguments;

	private final Duration retryAfter;

	private final transient java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>();

	private Problem(Kind kind, Duration retryAfter, String key, Object... arguments) {
		this.kind = kind;
		this.retryAfter = retryAfter;
		this.key = key;
		this.arguments = Arrays.stream(arguments).map(Problem::verbatim).toArray();
		if (FieldNames.namesField(key) && this.arguments.length > 0) {
			this.arguments[0] = FieldNames.field(String.valueOf(this.arguments[0]));
		}
	}

	private Problem(Kind kind, String key, Object... arguments) {
		this(kind, null, key, arguments);
	}

	public Kind kind() {
		return this.kind;
	}

	/**
	 * Adds a member to the problem+json body beside {@code detail} (say, the list of
	 * wrong rows of an import); returns this problem.
	 */
	public Problem with(String name, Object value) {
		this.properties.put(name, value);
		return this;
	}

	/** The members added with {@link #with}. */
	public java.util.Map<String, Object> properties() {
		return java.util.Collections.unmodifiableMap(this.properties);
	}

	/** How long the client should wait before trying again, if the problem says so. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.key };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

	@Override
	public String getMessage() {
		return ProblemMessages.text(this, Locale.ENGLISH);
	}

	/** The human-readable text in this language. */
	public String text(Locale locale) {
		return ProblemMessages.text(this, locale);
	}

	public static Problem invalid(String key, Object... arguments) {
		return new Problem(Kind.INVALID, key, arguments);
	}

	public static Problem forbidden(String key, Object... arguments) {
		return new Problem(Kind.FORBIDDEN, key, arguments);
	}

	public static Problem notFound(String key, Object... arguments) {
		return new Problem(Kind.NOT_FOUND, key, arguments);
	}

	public static Problem conflict(String key, Object... arguments) {
		return new Problem(Kind.CONFLICT, key, arguments);
	}

	public static Problem preconditionRequired(String key, Object... arguments) {
		return new Problem(Kind.PRECONDITION_REQUIRED, key, arguments);
	}

	public static Problem tooLarge(String key, Object... arguments) {
		return new Problem(Kind.TOO_LARGE, key, arguments);
	}

	/**
	 * 429, answered with a {@code Retry-After} of this wait in whole seconds, rounded up
	 * (at least one).
	 */
	public static Problem tooMany(Duration retryAfter, String key, Object... arguments) {
		return new Problem(Kind.TOO_MANY, retryAfter, key, arguments);
	}

	/** 503, answered with a {@code Retry-After} of this wait in whole seconds. */
	public static Problem unavailable(Duration retryAfter, String key, Object... arguments) {
		return new Problem(Kind.UNAVAILABLE, retryAfter, key, arguments);
	}

	/**
	 * A phrase of the problem messages, to use as an argument of a problem: it is
	 * translated with the problem.
	 */
	public static MessageSourceResolvable phrase(String key) {
		return new DefaultMessageSourceResolvable(key);
	}

	/**
	 * Values appear as written (a number without grouping, a list as its
	 * {@code toString()}); phrases are translated.
	 */
	private static Object verbatim(Object argument) {
		return argument instanceof MessageSourceResolvable ? argument : String.valueOf(argument);
	}

}
