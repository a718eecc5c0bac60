package io.hotline.dispatch;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class UnitJurisdictionsTests {

	private final UnitJurisdictions jurisdictions = new UnitJurisdictions(
			Map.of(1L, Set.of("440104"), 2L, Set.of("440106"), 3L, Set.<String>of(), 4L, Set.of("440104011"))::get);

	@Test
	void givesTheShareOfUnitsOutsideThePlaceToTheOthers() {
		Map<Long, Double> units = this.jurisdictions.at(new Place("440104", "440104011", null),
				Map.of(1L, 0.3, 2L, 0.4, 3L, 0.1));
		assertThat(units).containsOnlyKeys(1L, 3L);
		assertThat(units.get(1L)).isCloseTo(0.3 * 0.8 / 0.4, within(1e-12));
		assertThat(units.get(3L)).isCloseTo(0.1 * 0.8 / 0.4, within(1e-12));
	}

	@Test
	void keepsAStreetsUnitForAPlaceKnownOnlyByItsDistrict() {
		assertThat(this.jurisdictions.at(new Place("440104", null, null), Map.of(4L, 0.5, 2L, 0.5)))
			.containsOnlyKeys(4L);
	}

	@Test
	void keepsEveryUnitWhereThePlaceIsUnknown() {
		Map<Long, Double> units = Map.of(1L, 0.5, 2L, 0.5);
		assertThat(this.jurisdictions.at(Place.UNKNOWN, units)).isEqualTo(units);
	}

}
