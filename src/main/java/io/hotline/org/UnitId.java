package io.hotline.org;

import java.io.Serializable;

/** Identifies a handling unit (承办单位). */
public record UnitId(long value) implements Serializable {

	public static UnitId of(Long value) {
		return value == null ? null : new UnitId(value);
	}

}
