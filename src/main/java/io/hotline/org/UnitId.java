package io.hotline.org;

/** Identifies a handling unit (承办单位). */
public record UnitId(long value) {

	public static UnitId of(Long value) {
		return value == null ? null : new UnitId(value);
	}

}
