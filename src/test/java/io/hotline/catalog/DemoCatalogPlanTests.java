package io.hotline.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.hotline.catalog.LabelSystem.Label;
import io.hotline.org.UnitId;
import io.hotline.org.UnitType;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** The demo catalog as planned from the label systems and the routing rules. */
class DemoCatalogPlanTests {

	private static final Map<String, UnitId> UNITS = Map.of("UTIL-GAS", new UnitId(7), "DEMO-UNIT-1", new UnitId(8));

	private final RoutingRules rules = RoutingRules.parse(CatalogCsv.rows(new ClassPathResource(DemoCatalog.ROUTING)));

	@Test
	void numbersTheFallbackLabelsTwoDigitsPerLevelInOrderOfFirstAppearance() {
		List<Label> labels = LabelSystem.parse(CatalogCsv.rows(new ClassPathResource(DemoCatalog.FALLBACK_LABELS)));

		assertThat(labels.stream().filter((label) -> label.level() == 1)).hasSize(15);
		assertThat(labels.stream().filter((label) -> label.level() == 3)).hasSize(42);
		assertThat(labels.get(0)).isEqualTo(new Label("01", List.of("城乡建设"), null));
		assertThat(labels.get(2)).isEqualTo(new Label("010101", List.of("城乡建设", "城市建设和市政管理", "燃气供应"), "0101"));
		assertThat(labels).allSatisfy((label) -> assertThat(label.code()).hasSize(2 * label.level()));
	}

	@Test
	void routesGasToTheGasCompanyAndRubbishToTheStreetOfTheLocation() {
		List<Category> plan = plan(DemoCatalog.FALLBACK_LABELS);

		Category gas = find(plan, "城乡建设/城市建设和市政管理/燃气供应").orElseThrow();
		assertThat(gas.defaultUnitId()).isEqualTo(new UnitId(7));
		assertThat(gas.limits()).isEqualTo(new TimeLimits(10, 3, 1));
		Category sanitation = find(plan, "城乡建设/城市建设和市政管理/环境卫生").orElseThrow();
		assertThat(sanitation.defaultUnitId()).isNull();
		assertThat(sanitation.defaultUnitType()).isEqualTo(UnitType.STREET);
		Category illegalBuilding = find(plan, "城乡建设/城乡规划/违章建筑").orElseThrow();
		assertThat(illegalBuilding.defaultUnitType()).isEqualTo(UnitType.STREET);
		assertThat(illegalBuilding.limits().normalDays()).isEqualTo(15);
	}

	@Test
	void marksPolicyQuestionsAsConsultationsWithShortLimitsKeepingTheirDepartment() {
		Category housingPolicy = find(plan(DemoCatalog.FALLBACK_LABELS), "城乡建设/住房保障与房地产/房改政策").orElseThrow();

		assertThat(housingPolicy.consultation()).isTrue();
		assertThat(housingPolicy.limits()).isEqualTo(new TimeLimits(5, 3, 1));
		assertThat(housingPolicy.defaultUnitId()).isEqualTo(new UnitId(8));
		assertThat(find(plan(DemoCatalog.FALLBACK_LABELS), "环境保护/环境污染/水污染").orElseThrow().consultation()).isFalse();
	}

	@Test
	void leavesTheDefaultUnitEmptyWhenTheOrganisationLacksIt() {
		Category power = find(plan(DemoCatalog.FALLBACK_LABELS), "城乡建设/城市建设和市政管理/电力供应").orElseThrow();

		assertThat(power.defaultUnitId()).isNull();
		assertThat(power.defaultUnitType()).isNull();
	}

	@Test
	void turnsTheRealLabelSystemInto517CategoriesOnLevelThreeUnder15OnLevelOne() throws IOException {
		Path real = Path.of(System.getProperty("shared.dir", "../shared"), "data/teddy2020/attachment1_labels.csv");
		assumeThat(real).exists();
		List<Category> plan;
		try (InputStream in = Files.newInputStream(real)) {
			plan = DemoCatalog.plan(LabelSystem.parse(CatalogCsv.rows(in)), this.rules, UNITS::get);
		}

		assertThat(plan.stream().filter((category) -> category.level() == 3)).hasSize(517);
		assertThat(plan.stream().filter((category) -> category.level() == 1)).hasSize(15);
		assertThat(plan.stream().filter((category) -> category.level() == 3 && category.consultation()))
			.hasSizeGreaterThan(10);
		assertThat(find(plan, "卫生计生/人口计生/人口政策").orElseThrow().consultation()).isTrue();
	}

	private List<Category> plan(String labels) {
		return DemoCatalog.plan(LabelSystem.parse(CatalogCsv.rows(new ClassPathResource(labels))), this.rules,
				UNITS::get);
	}

	private static Optional<Category> find(List<Category> plan, String path) {
		return plan.stream().filter((category) -> category.pathName().equals(path)).findFirst();
	}

}
