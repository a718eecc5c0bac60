package io.hotline.workorder;

/** Who called: both parts optional, a citizen may stay anonymous. */
public record Caller(String name, String phone) {

	public static final Caller ANONYMOUS = new Caller(null, null);

}
