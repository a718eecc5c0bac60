package io.hotline.catalog;

/** How a special day departs from the Monday-to-Friday rule. */
public enum DayKind {

	/** A public holiday (法定节假日), including its days that fall on a weekend. */
	HOLIDAY,
	/** A weekend day worked to make up for a holiday (调休上班). */
	WORKDAY

}
