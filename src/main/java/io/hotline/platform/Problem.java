package io.hotline.platform;

/**
 * A refusal that the API answers as problem+json: the kind chooses the status, the
 * message is the human-readable {@code detail}.
 */
public class Problem extends RuntimeException {

	/** The kinds of refusal of the contract. */
	public enum Kind {

		/** 400: the input is wrong. */
		INVALID,
		/** 403: the user may not do this. */
		FORBIDDEN,
		/** 404: unknown, or not visible to this user. */
		NOT_FOUND,
		/** 409: not allowed in the current state, or a concurrent change. */
		CONFLICT

	}

	private final Kind kind;

	public Problem(Kind kind, String detail) {
		super(detail);
		this.kind = kind;
	}

	public Kind kind() {
		return this.kind;
	}

	public static Problem invalid(String detail) {
		return new Problem(Kind.INVALID, detail);
	}

	public static Problem forbidden(String detail) {
		return new Problem(Kind.FORBIDDEN, detail);
	}

	public static Problem notFound(String detail) {
		return new Problem(Kind.NOT_FOUND, detail);
	}

	public static Problem conflict(String detail) {
		return new Problem(Kind.CONFLICT, detail);
	}

}
