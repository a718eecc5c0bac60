package io.hotline.address;

import io.hotline.org.Division;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole country's divisions in memory. */
class GazetteerTests {

	@Test
	void holdsEveryCommunityOfTheCountryWithItsChain() {
		Gazetteer gazetteer = NationalGazetteer.loading().join();
		assertThat(gazetteer.within("", Division.COMMUNITY)).hasSize(620_573);
		assertThat(gazetteer.division("440106006006"))
			.hasValue(new Division("440106006006", "华南师范大学社区居委会", Division.COMMUNITY, "440106006"));
		assertThat(gazetteer.within("440106", Division.STREET)).extracting(Division::name).contains("石牌街道");
		assertThat(gazetteer.division("4499")).isEmpty();
		assertThat(gazetteer.division("44x")).isEmpty();
	}

	@Test
	void findsTheDivisionsThatAFormNames() {
		assertThat(NationalGazetteer.loading().join().named("番禺")).extracting(Division::code).contains("440113");
		assertThat(NationalGazetteer.loading().join().named("石牌")).hasSizeGreaterThan(20);
	}

	@Test
	void loadsInUnderTenSecondsAndOneGigabyte() {
		NationalGazetteer.loading().join();
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		long before = runtime.totalMemory() - runtime.freeMemory();
		long started = System.nanoTime();
		Gazetteer fresh = Gazetteer.load();
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.gc();
		long retained = runtime.totalMemory() - runtime.freeMemory() - before;
		assertThat(fresh.size()).isEqualTo(NationalGazetteer.loading().join().size());
		assertThat(millis).isLessThan(10_000);
		assertThat(retained).isLessThan(1L << 30);
	}

}
