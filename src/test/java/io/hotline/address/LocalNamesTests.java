package io.hotline.address;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The local name of an address, between what was recognised and the words around it. */
class LocalNamesTests {

	@Test
	void takesTheStemBeforeTheKindOfPlaceUpToANoiseWord() {
		assertThat(LocalNames.last("天河石牌那边华师小区门口", recognised(12, 0, 4))).hasValue("华师小区");
		assertThat(LocalNames.last("住在中山大道西123号", recognised(11))).hasValue("中山大道");
	}

	@Test
	void stopsAtARecognisedDivision() {
		assertThat(LocalNames.last("番禺市桥某某花园", recognised(8, 0, 4))).hasValue("某某花园");
		assertThat(LocalNames.last("石牌街道", recognised(4, 0, 4))).isEmpty();
	}

	@Test
	void findsNothingWithoutAKindOfPlace() {
		assertThat(LocalNames.last("我家门口的路灯坏了", recognised(9))).isEmpty();
		assertThat(LocalNames.last("路", recognised(1))).isEmpty();
	}

	private static boolean[] recognised(int length, int... fromTo) {
		boolean[] recognised = new boolean[length];
		for (int i = 0; i < fromTo.length; i += 2) {
			java.util.Arrays.fill(recognised, fromTo[i], fromTo[i + 1], true);
		}
		return recognised;
	}

}
