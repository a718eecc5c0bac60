package io.hotline.dispatch;

import java.util.List;
import java.util.Map;

import io.hotline.dispatch.PastOrders.PlaceCount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PlaceRoutingTests {

	private static final Place STREET = new Place("440106", "440106006", null);

	@Test
	void takesTheStreetsOwnHistoryWhenItHasEnoughOrders() {
		PlaceRouting routing = PlaceRouting.of(List.of(count("440106006", 1, 4), count("440106007", 2, 50)), List.of());
		assertThat(routing.units("C1", STREET, null, null)).containsOnlyKeys(1L);
	}

	@Test
	void fallsBackToTheDistrictWhenTheStreetHasTooFewOrders() {
		PlaceRouting routing = PlaceRouting.of(List.of(count("440106006", 1, 2), count("440106007", 2, 6)), List.of());
		Map<Long, Double> units = routing.units("C1", STREET, null, null);
		assertThat(units.get(1L)).isCloseTo(2 / 8.0, within(1e-9));
		assertThat(units.get(2L)).isCloseTo(6 / 8.0, within(1e-9));
	}

	@Test
	void weighsDownAUnitByTheOrdersOfThatKindItReturned() {
		PlaceRouting routing = PlaceRouting.of(List.of(count("440106006", 1, 5), count("440106006", 2, 5)),
				List.of(count("440106006", 1, 5)));
		Map<Long, Double> units = routing.units("C1", STREET, null, null);
		// unit 1: 5 orders * 6 / 11; unit 2: 5 orders
		assertThat(units.get(1L)).isLessThan(units.get(2L));
		assertThat(units.get(1L) / units.get(2L)).isCloseTo(6 / 11.0, within(1e-9));
	}

	@Test
	void givesTheRoutingRulesUnitAnAnswerWhereThereIsNoHistory() {
		PlaceRouting routing = PlaceRouting.of(List.of(), List.of());
		assertThat(routing.units("C1", STREET, 9L, null)).containsExactly(Map.entry(9L, 1.0));
		assertThat(routing.units("C1", STREET, null, null)).isEmpty();
	}

	@Test
	void leavesAnOrderOutOfTheCountsWhenItIsTheOneEvaluated() {
		PlaceRouting routing = PlaceRouting.of(List.of(count("440106006", 1, 3), count("440106007", 2, 9)), List.of());
		assertThat(routing.units("C1", STREET, null, null)).containsOnlyKeys(1L);
		// without itself the street has two orders: too few, so the district answers
		assertThat(routing.units("C1", STREET, null, 1L)).containsKeys(1L, 2L);
	}

	@Test
	void savesAndLoadsTheSameCounts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
			throws java.io.IOException {
		PlaceRouting routing = PlaceRouting.of(List.of(count("440106006", 1, 3), count("440106007", 2, 9)),
				List.of(count("440106006", 2, 1)));
		routing.save(folder.resolve("routing.tsv"));
		PlaceRouting loaded = PlaceRouting.load(folder.resolve("routing.tsv"));
		assertThat(loaded.units("C1", STREET, 2L, null)).isEqualTo(routing.units("C1", STREET, 2L, null));
		assertThat(loaded.units("C1", new Place("440106", null, null), null, null))
			.isEqualTo(routing.units("C1", new Place("440106", null, null), null, null));
	}

	private static PlaceCount count(String street, long unit, int count) {
		return new PlaceCount("C1", street.substring(0, 6), street, unit, count);
	}

}
