package io.hotline.province.mapping;

/** Where a city category's mapping to the standard catalog stands. */
public enum MappingState {

	/** 待确认: the suggester proposed a standard category; a person has not decided. */
	SUGGESTED,
	/** 未映射: nothing likely was found and no one decided. */
	UNMAPPED,
	/** 已确认: a person chose the standard category. */
	CONFIRMED,
	/** 无对应: a person decided that no standard category corresponds. */
	NONE;

	/** Whether a person decided it (a new suggestion leaves it as it is). */
	boolean decided() {
		return this == CONFIRMED || this == NONE;
	}

}
