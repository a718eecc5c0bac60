package io.hotline.address;

import java.util.LinkedHashMap;
import java.util.Map;

import io.hotline.org.Division;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The short forms people write for official names. */
class NameFormsTests {

	@Test
	void dropsTheSuffixOfADistrictOrCountyLevelCityWhenTwoCharactersRemain() {
		assertThat(forms(Division.DISTRICT, "番禺区")).containsEntry("番禺", NameForms.SHORT);
		assertThat(forms(Division.DISTRICT, "常熟市")).containsEntry("常熟", NameForms.SHORT);
		assertThat(forms(Division.DISTRICT, "浦东新区")).containsEntry("浦东", NameForms.SHORT);
		assertThat(forms(Division.DISTRICT, "城区")).containsOnlyKeys("城区");
	}

	@Test
	void dropsTheMinoritiesOfAnAutonomousCountyAndKeepsItAsACounty() {
		assertThat(forms(Division.DISTRICT, "石林彝族自治县")).containsEntry("石林", NameForms.SHORT)
			.containsEntry("石林县", NameForms.COMMON);
		assertThat(forms(Division.CITY, "临夏回族自治州")).containsEntry("临夏", NameForms.SHORT);
		assertThat(forms(Division.PROVINCE, "广西壮族自治区")).containsEntry("广西", NameForms.SHORT);
	}

	@Test
	void writesAStreetAsJieOrAsItsStem() {
		assertThat(forms(Division.STREET, "石牌街道")).containsEntry("石牌街道", NameForms.FULL)
			.containsEntry("石牌街", NameForms.COMMON)
			.containsEntry("石牌", NameForms.SHORT);
		assertThat(forms(Division.STREET, "草场街街道")).containsEntry("草场街", NameForms.SHORT).doesNotContainKey("草场街街");
		assertThat(forms(Division.STREET, "太和镇")).containsEntry("太和", NameForms.SHORT);
	}

	@Test
	void writesACommunityWithoutItsCommittee() {
		assertThat(forms(Division.COMMUNITY, "华南师范大学社区居委会")).containsEntry("华南师范大学社区", NameForms.COMMON)
			.containsEntry("华南师范大学", NameForms.SHORT);
		assertThat(forms(Division.COMMUNITY, "大雁滩村社区")).containsEntry("大雁滩村", NameForms.COMMON)
			.containsEntry("大雁滩", NameForms.SHORT);
		assertThat(forms(Division.COMMUNITY, "东风村民委员会")).containsEntry("东风村", NameForms.COMMON)
			.containsEntry("东风", NameForms.SHORT);
	}

	@Test
	void knowsTheCityNamesThatNobodyWrites() {
		assertThat(NameForms.placeholder("市辖区")).isTrue();
		assertThat(NameForms.placeholder("省直辖县级行政区划")).isTrue();
		assertThat(NameForms.placeholder("兰州市")).isFalse();
	}

	private static Map<String, Integer> forms(int level, String name) {
		Map<String, Integer> forms = new LinkedHashMap<>();
		NameForms.of(level, name, forms::put);
		return forms;
	}

}
