package io.hotline.workorder;

import io.hotline.org.Actor;

/**
 * Callers' names and phone numbers are personal data: shown in full only to those who
 * talk to the caller (agents, callback staff, administrators), masked for everyone else
 * (138****5678, 张**).
 */
public final class CallerMask {

	private CallerMask() {
	}

	/** A caller's phone number as this actor may see it. */
	public static String phone(String phone, Actor actor) {
		return actor.seesCallerIdentity() ? phone : phone(phone);
	}

	/** A caller's name as this actor may see it. */
	public static String name(String name, Actor actor) {
		return actor.seesCallerIdentity() ? name : name(name);
	}

	static Caller forActor(Caller caller, Actor actor) {
		if (caller == null) {
			return Caller.ANONYMOUS;
		}
		return actor.seesCallerIdentity() ? caller : new Caller(name(caller.name()), phone(caller.phone()));
	}

	/** A phone number masked whoever reads it (138****5678). */
	public static String phone(String phone) {
		if (phone == null) {
			return null;
		}
		if (phone.length() <= 4) {
			return "*".repeat(phone.length());
		}
		int keepStart = phone.length() >= 11 ? 3 : Math.min(3, phone.length() - 4);
		return phone.substring(0, keepStart) + "*".repeat(phone.length() - keepStart - 4)
				+ phone.substring(phone.length() - 4);
	}

	/** A name masked whoever reads it (张**). */
	public static String name(String name) {
		if (name == null || name.isEmpty()) {
			return name;
		}
		return name.substring(0, name.offsetByCodePoints(0, 1))
				+ "*".repeat(Math.max(1, name.codePointCount(0, name.length()) - 1));
	}

}
