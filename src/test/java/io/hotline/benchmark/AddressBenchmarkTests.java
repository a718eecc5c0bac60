package io.hotline.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import io.hotline.address.Gazetteer;
import io.hotline.address.ResolvedAddress;
import io.hotline.org.Division;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The labelled texts of the address benchmark, and its baseline. */
class AddressBenchmarkTests {

	private static Gazetteer gazetteer;

	@BeforeAll
	static void load() {
		gazetteer = Gazetteer.load();
	}

	@Test
	void handWritesSixtyTextsOfSeveralCitiesWhoseCodesAreRealAndNested() {
		List<LabelledText> texts = HandWrittenAddresses.load();
		assertThat(texts.stream().filter((t) -> t.truth(3) != null)).hasSizeGreaterThanOrEqualTo(60);
		assertThat(texts.stream().map((t) -> t.truth(3) == null ? "none" : t.truth(3).substring(0, 4)).distinct())
			.hasSizeGreaterThanOrEqualTo(8);
		for (LabelledText text : texts) {
			String above = text.jurisdiction();
			for (int level = 3; level <= 5; level++) {
				String code = text.truth(level);
				if (code != null) {
					assertThat(gazetteer.division(code)).as(text.text()).isPresent();
					assertThat(code).as(text.text()).startsWith(above);
					above = code;
				}
			}
		}
	}

	@Test
	void generatesAddressesOfTheJurisdictionLabelledByWhatTheyName() throws Exception {
		List<LabelledText> texts = GeneratedAddresses.of(gazetteer, "62", 200, noCarriers(), new Random(1));
		assertThat(texts).hasSize(200).allSatisfy((text) -> {
			assertThat(text.truth(3)).startsWith("62");
			String finest = (text.truth(5) != null) ? text.truth(5)
					: (text.truth(4) != null) ? text.truth(4) : text.truth(3);
			assertThat(text.text()).as(text.variant())
				.contains(gazetteer.division(finest).map(Division::name).orElseThrow().substring(0, 2));
		});
		assertThat(texts).filteredOn((t) -> t.variant().startsWith("district only"))
			.isNotEmpty()
			.allSatisfy((t) -> assertThat(t.truth()).isEqualTo(new ResolvedAddress(t.truth(3), null, null)));
		assertThat(texts).extracting(LabelledText::variant).contains("official", "no district", "街道 as 街");
	}

	@Test
	void putsAddressesWhereARealMessageHadItsAnonymisedPlace() throws Exception {
		Path shared = Path.of(System.getProperty("shared.dir", "../shared"));
		Assumptions.assumeTrue(Files.isDirectory(shared.resolve("data/teddy2020")), "../shared is absent");
		CarrierSentences carriers = CarrierSentences.load(shared);
		assertThat(carriers.size()).isGreaterThan(1_000);
		String text = carriers.embed("天河区石牌街道", new Random(3));
		assertThat(text).contains("天河区石牌街道").doesNotContainPattern("[A-Z]\\d{0,2}[市区县]");
	}

	@Test
	void mapsHanlpsPlaceNamesToTheGazetteer() {
		assertThat(new HanlpPlaces(gazetteer).place("广州市天河区的路灯坏了", "4401").districtCode()).isEqualTo("440106");
	}

	private static CarrierSentences noCarriers() throws Exception {
		return CarrierSentences.load(Path.of("no-such-directory"));
	}

}
