package io.hotline.org;

import java.util.List;

import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@HotlineTest
class DemoOrganisationTests {

	@Autowired
	Organisation organisation;

	@Autowired
	Divisions divisions;

	@Autowired
	DivisionLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Test
	void seedsTheDepartmentsAndUtilitiesUnderTheCentre() {
		HandlingUnit center = this.organisation.unitByCode("CENTER").orElseThrow();
		HandlingUnit housing = this.organisation.unitByCode("DEMO-UNIT-1").orElseThrow();
		assertThat(housing.name()).isEqualTo("广州市住房和城乡建设局");
		assertThat(housing.type()).isEqualTo(UnitType.DEPARTMENT);
		assertThat(housing.parentId()).isEqualTo(center.id());
		assertThat(this.organisation.unitByCode("DEMO-UNIT-2").orElseThrow().name()).endsWith("生态环境局");
		assertThat(this.organisation.unitByCode("UTIL-GAS").orElseThrow().type()).isEqualTo(UnitType.UTILITY);
		assertThat(this.organisation.unitByCode("DEPT-TAX")).isPresent();
	}

	@Test
	void seedsGuangzhousDistrictsAndStreetsAsUnits() {
		HandlingUnit center = this.organisation.unitByCode("CENTER").orElseThrow();
		List<HandlingUnit> units = this.organisation.units();
		assertThat(units).filteredOn((u) -> u.type() == UnitType.DISTRICT)
			.hasSize(11)
			.allMatch((u) -> center.id().equals(u.parentId()));
		HandlingUnit tianhe = this.organisation.unitByCode("DIV-440106").orElseThrow();
		assertThat(tianhe.name()).isEqualTo("天河区人民政府");
		assertThat(units).filteredOn((u) -> tianhe.id().equals(u.parentId()))
			.extracting(HandlingUnit::name)
			.contains("石牌街道办事处");
		assertThat(units).filteredOn((u) -> u.type() == UnitType.STREET).hasSizeGreaterThan(150);
		assertThat(units).noneMatch((u) -> u.type() == UnitType.COMMUNITY && u.code().startsWith("DIV-"));
	}

	@Test
	void aStreetOfficeAnswersForTheCommunitiesOfItsStreet() {
		Division shipai = this.divisions.children("440106")
			.stream()
			.filter((d) -> d.name().equals("石牌街道"))
			.findFirst()
			.orElseThrow();
		Division community = this.divisions.children(shipai.code()).get(0);
		assertThat(this.organisation.responsibleUnit(UnitType.STREET, community.code()))
			.hasValueSatisfying((unit) -> assertThat(unit.name()).isEqualTo("石牌街道办事处"));
		assertThat(this.organisation.responsibleUnit(UnitType.DISTRICT, community.code()))
			.hasValueSatisfying((unit) -> assertThat(unit.code()).isEqualTo("DIV-440106"));
	}

	@Test
	void loadsTheJurisdictionOnceHoweverOftenItStarts() throws Exception {
		long before = count();
		assertThat(before).isGreaterThan(2000);
		assertThat(this.divisions.atLevel(Division.DISTRICT)).hasSize(11);
		this.loader.run(new DefaultApplicationArguments());
		assertThat(this.loader.load("4401")).isZero();
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void createsTheDemoUsersAndTheAdministratorOnce() {
		assertThat(this.jdbc
			.sql("select username from app_user where username in "
					+ "('admin','agent1','dispatcher1','unit1','unit2','callback1','supervisor1','analyst1')")
			.query(String.class)
			.list()).hasSize(8);
		assertThat(this.jdbc.sql("select count(*) from audit_log where action = 'organisation.seed-demo'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from division").query(Long.class).single();
	}

}
