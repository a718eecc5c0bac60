package io.hotline.history;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The real Boston 311 file of the shared data, when it is beside the checkout. */
@HotlineTest
class BostonFileTests {

	static final Path FILE = Path.of(System.getProperty("shared.dir", "../shared"), "data", "311",
			"boston_311_2015_partial.csv.gz");

	@Autowired
	HistoryImport imports;

	@Autowired
	Boston311Format boston;

	@Test
	void loadsTheRealBostonFileOnceAndNothingOnTheSecondRun() throws IOException {
		assumeTrue(Files.isRegularFile(FILE), () -> "skipped: " + FILE.toAbsolutePath()
				+ " is absent (the shared data lies beside the checkout as ../shared)");
		// another test of the shared context (BostonOnTimeTests) may have loaded it
		// already
		ImportReport first = importFile();
		assertThat(first.loaded() + first.present() + first.rejected()).isEqualTo(121_145);
		assertThat(first.rejected()).isLessThan(100);

		ImportReport second = importFile();
		assertThat(second.loaded()).isZero();
		assertThat(second.present()).isEqualTo(first.loaded() + first.present());
	}

	private ImportReport importFile() throws IOException {
		try (Reader text = SourceFile.open(FILE)) {
			return this.imports.run(text, this.boston, (line) -> {
			});
		}
	}

}
