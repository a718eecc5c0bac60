package io.hotline.org;

import java.util.List;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OfficialDivisionsTests {

	@Test
	void selectsGuangzhouWithItsProvinceAndElevenDistricts() {
		List<Division> guangzhou = OfficialDivisions.of("4401");
		assertThat(codesAt(guangzhou, Division.PROVINCE)).containsExactly("44");
		assertThat(codesAt(guangzhou, Division.CITY)).containsExactly("4401");
		assertThat(codesAt(guangzhou, Division.DISTRICT)).hasSize(11).contains("440106");
		assertThat(guangzhou).filteredOn((d) -> d.level() == Division.STREET)
			.extracting(Division::name)
			.contains("石牌街道");
		assertThat(codesAt(guangzhou, Division.COMMUNITY)).isNotEmpty().allMatch((code) -> code.startsWith("4401"));
		assertEveryParentComesFirst(guangzhou);
	}

	@Test
	void selectsAProvinceDownToItsCommunities() {
		List<Division> gansu = OfficialDivisions.of("62");
		assertThat(codesAt(gansu, Division.PROVINCE)).containsExactly("62");
		assertThat(codesAt(gansu, Division.CITY)).hasSize(14);
		assertThat(codesAt(gansu, Division.DISTRICT)).hasSize(88);
		assertThat(codesAt(gansu, Division.STREET)).hasSizeGreaterThan(1000);
		assertThat(codesAt(gansu, Division.COMMUNITY)).hasSizeGreaterThan(10000);
		assertEveryParentComesFirst(gansu);
	}

	@Test
	void selectsADistrictWithItsCityAndProvince() {
		List<Division> tianhe = OfficialDivisions.of("440106");
		assertThat(codesAt(tianhe, Division.PROVINCE)).containsExactly("44");
		assertThat(codesAt(tianhe, Division.CITY)).containsExactly("4401");
		assertThat(tianhe).filteredOn((d) -> d.level() == Division.DISTRICT)
			.extracting(Division::name)
			.containsExactly("天河区");
		assertThat(codesAt(tianhe, Division.STREET)).isNotEmpty().allMatch((code) -> code.startsWith("440106"));
		assertEveryParentComesFirst(tianhe);
	}

	@Test
	void keepsTheDistrictsOfAMunicipalityUnderItsCityRow() {
		List<Division> beijing = OfficialDivisions.of("11");
		assertThat(beijing).filteredOn((d) -> d.code().equals("1101"))
			.singleElement()
			.satisfies((city) -> assertThat(city.name()).isEqualTo("市辖区"));
		assertThat(beijing).filteredOn((d) -> d.code().equals("110101"))
			.singleElement()
			.satisfies((district) -> assertThat(district.parentCode()).isEqualTo("1101"));
	}

	@Test
	void refusesAnUnknownJurisdictionNamingItsCode() {
		assertThatIllegalArgumentException().isThrownBy(() -> OfficialDivisions.of("4499"))
			.withMessageContaining("4499");
		assertThatIllegalArgumentException().isThrownBy(() -> OfficialDivisions.of("44x")).withMessageContaining("44x");
	}

	@Test
	void readsAQuotedNameAndTheParentCode() {
		Division street = OfficialDivisions.parse("440106001,\"五山街道\",440106,44,4401", Division.STREET);
		assertThat(street).isEqualTo(new Division("440106001", "五山街道", Division.STREET, "440106"));
	}

	private static List<String> codesAt(List<Division> divisions, int level) {
		return divisions.stream().filter((d) -> d.level() == level).map(Division::code).toList();
	}

	private static void assertEveryParentComesFirst(List<Division> divisions) {
		Set<String> seen = new HashSet<>();
		for (Division division : divisions) {
			if (division.parentCode() != null) {
				assertThat(seen).as("parent of %s", division.code()).contains(division.parentCode());
			}
			seen.add(division.code());
		}
	}

}
