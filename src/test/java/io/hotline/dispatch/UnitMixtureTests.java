package io.hotline.dispatch;

import java.util.List;
import java.util.Map;

import io.hotline.classification.Prediction.Scored;
import io.hotline.dispatch.UnitMixture.Candidate;
import io.hotline.dispatch.UnitMixture.Parts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class UnitMixtureTests {

	private static final Map<String, Map<Long, Double>> ROUTES = Map.of("ROADS", Map.of(1L, 0.8, 2L, 0.2), "NOISE",
			Map.of(3L, 1.0), "OTHER", Map.of());

	@Test
	void mixesTheRoutingOfEachCategoryWithTheUnitClassifier() {
		List<Candidate> units = UnitMixture.of(List.of(new Scored("ROADS", 0.75), new Scored("NOISE", 0.25)),
				ROUTES::get, Map.of(1L, 0.5, 3L, 0.5), 0.8);
		// unit 1: 0.8 * 0.75 * 0.8 + 0.2 * 0.5
		assertThat(units.get(0)).isEqualTo(new Candidate(1L, "ROADS", 0.8 * 0.75 * 0.8 + 0.2 * 0.5));
		assertThat(units).extracting(Candidate::unitId).containsExactly(1L, 3L, 2L);
		assertThat(units.stream().mapToDouble(Candidate::probability).sum()).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void leavesACategoryWithoutAUnitAtThePlaceToTheUnitClassifier() {
		List<Candidate> units = UnitMixture.of(List.of(new Scored("OTHER", 1.0)), ROUTES::get, Map.of(7L, 1.0), 0.6);
		assertThat(units).containsExactly(new Candidate(7L, "OTHER", 1.0));
	}

	@Test
	void suggestsOnlyUnitsThatHandleTheMatter() {
		// a noise complaint: the unit classifier also reads 纪委监委 (9) and 教育局 (4) in its
		// words, and an unlikely category routes to 纪委监委; neither handles noise
		Map<String, Map<Long, Double>> routes = Map.of("NOISE", Map.of(3L, 0.7, 5L, 0.3), "DISCIPLINE",
				Map.of(9L, 1.0));
		List<Candidate> units = UnitMixture.of(List.of(new Scored("NOISE", 0.995), new Scored("DISCIPLINE", 0.005)),
				routes::get, Map.of(9L, 0.4, 4L, 0.3, 5L, 0.3), 0.5);
		assertThat(units).extracting(Candidate::unitId).containsExactly(3L, 5L);
	}

	@Test
	void choosesTheWeightThatExplainsTheHistoryBest() {
		// routing right every time, the classifier never: all weight on routing
		Parts[] routingRight = { new Parts(0.9, 0, 0.05), new Parts(0.8, 0, 0.1) };
		assertThat(ModelTraining.bestAlpha(routingRight)).isEqualTo(1.0);
		Parts[] classifierRight = { new Parts(0.01, 0, 0.9), new Parts(0.02, 0, 0.95) };
		assertThat(ModelTraining.bestAlpha(classifierRight)).isEqualTo(0.0);
		Parts part = new Parts(0.5, 0.25, 0.4);
		assertThat(part.probability(0.5)).isCloseTo(0.5 * (0.5 + 0.25 * 0.4) + 0.5 * 0.4, within(1e-12));
	}

}
