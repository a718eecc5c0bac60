package io.hotline.opendata;

/**
 * A closed order as published: no caller name or phone, no staff names, no content (it
 * may name people). Times are ISO-8601 in China Standard Time.
 */
public record OpenDataOrder(String number, String categoryCode, String categoryPath, String type, String channel,
		String districtCode, String districtName, String streetCode, String streetName, String registeredAt,
		String closedAt, Double handlingWorkingDays, String satisfaction, String unitName) {

	static final String[] COLUMNS = { "number", "categoryCode", "categoryPath", "type", "channel", "districtCode",
			"districtName", "streetCode", "streetName", "registeredAt", "closedAt", "handlingWorkingDays",
			"satisfaction", "unitName" };

	Object[] values() {
		return new Object[] { this.number, this.categoryCode, this.categoryPath, this.type, this.channel,
				this.districtCode, this.districtName, this.streetCode, this.streetName, this.registeredAt,
				this.closedAt, this.handlingWorkingDays, this.satisfaction, this.unitName };
	}

}
