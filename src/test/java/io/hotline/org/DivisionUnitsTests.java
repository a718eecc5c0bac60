package io.hotline.org;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DivisionUnitsTests {

	@Test
	void namesEachUnitAfterTheGovernmentOfItsDivision() {
		assertThat(DivisionUnits.unitName(new Division("440106", "天河区", Division.DISTRICT, "4401")))
			.isEqualTo("天河区人民政府");
		assertThat(DivisionUnits.unitName(new Division("440106006", "石牌街道", Division.STREET, "440106")))
			.isEqualTo("石牌街道办事处");
		assertThat(DivisionUnits.unitName(new Division("440118101", "新塘镇", Division.STREET, "440118")))
			.isEqualTo("新塘镇人民政府");
		assertThat(DivisionUnits.unitName(new Division("6201", "兰州市", Division.CITY, "62"))).isEqualTo("兰州市人民政府");
	}

	@Test
	void seesThroughTheStatisticalCitiesOfMunicipalitiesAndDirectlyGovernedCounties() {
		assertThat(DivisionUnits.groupingOnly(new Division("1101", "市辖区", Division.CITY, "11"))).isTrue();
		assertThat(DivisionUnits.groupingOnly(new Division("5002", "县", Division.CITY, "50"))).isTrue();
		assertThat(DivisionUnits.groupingOnly(new Division("4190", "省直辖县级行政区划", Division.CITY, "41"))).isTrue();
		assertThat(DivisionUnits.groupingOnly(new Division("4401", "广州市", Division.CITY, "44"))).isFalse();
		assertThat(DivisionUnits.groupingOnly(new Division("110101", "东城区", Division.DISTRICT, "1101"))).isFalse();
	}

}
