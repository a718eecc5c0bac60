package io.hotline.org;

import java.util.Set;

/**
 * Turns the jurisdiction's divisions into the units that govern them: a city's
 * government, a district's, a street office or town government, each responsible for its
 * own division (and so, by code prefix, for what lies below it).
 */
class DivisionUnits {

	private final Organisation organisation;

	private final Divisions divisions;

	DivisionUnits(Organisation organisation, Divisions divisions) {
		this.organisation = organisation;
		this.divisions = divisions;
	}

	/**
	 * Adds units under the centre for what the jurisdiction contains; a district
	 * jurisdiction gets a unit of its own, since its streets need a parent.
	 * @return how many units were added
	 */
	int addBelow(UnitId center, Division jurisdiction) {
		if (jurisdiction.level() == Division.DISTRICT) {
			return add(center, jurisdiction);
		}
		int added = 0;
		for (Division child : this.divisions.children(jurisdiction.code())) {
			added += add(center, child);
		}
		return added;
	}

	private int add(UnitId parent, Division division) {
		UnitType type = switch (division.level()) {
			case Division.CITY -> groupingOnly(division) ? null : UnitType.CITY;
			case Division.DISTRICT -> UnitType.DISTRICT;
			case Division.STREET -> UnitType.STREET;
			default -> null;
		};
		if (division.level() == Division.COMMUNITY) {
			return 0;
		}
		int added = 0;
		UnitId under = parent;
		if (type != null) {
			under = this.organisation
				.create("DIV-" + division.code(), unitName(division), type, parent, Set.of(division.code()))
				.id();
			added++;
		}
		if (division.level() < Division.STREET) {
			for (Division child : this.divisions.children(division.code())) {
				added += add(under, child);
			}
		}
		return added;
	}

	/**
	 * Municipalities list their districts under a 市辖区 or 县 "city", and provinces their
	 * directly governed counties under 省直辖县级行政区划: statistical groupings with no
	 * government of their own.
	 */
	static boolean groupingOnly(Division division) {
		return division.level() == Division.CITY
				&& (division.name().equals("市辖区") || division.name().equals("县") || division.name().contains("直辖"));
	}

	/** What people call the area: 北京市 rather than its 市辖区. */
	static String displayName(Division division, Divisions divisions) {
		if (groupingOnly(division)) {
			return divisions.division(division.parentCode()).map(Division::name).orElse(division.name());
		}
		return division.name();
	}

	static String unitName(Division division) {
		String name = division.name();
		if (division.level() == Division.STREET) {
			if (name.endsWith("街道")) {
				return name + "办事处";
			}
			return (name.endsWith("镇") || name.endsWith("乡") || name.endsWith("苏木")) ? name + "人民政府" : name;
		}
		return name + "人民政府";
	}

}
