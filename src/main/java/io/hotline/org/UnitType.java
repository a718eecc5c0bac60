package io.hotline.org;

/** What kind of body a handling unit is. */
public enum UnitType {

	/** The 12345 hotline centre itself. */
	CENTER,
	/** A city (or provincial) department such as 住建局. */
	DEPARTMENT,
	/** A prefecture-level city government, when the jurisdiction is a province. */
	CITY,
	/** A district or county government (区/县). */
	DISTRICT,
	/** A street office or town government (街道/镇). */
	STREET,
	/** A residents' or villagers' committee (社区/村). */
	COMMUNITY,
	/** A public utility: water, power, gas, telecoms. */
	UTILITY

}
