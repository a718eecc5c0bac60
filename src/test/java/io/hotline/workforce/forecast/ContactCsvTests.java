package io.hotline.workforce.forecast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactCsvTests {

	@TempDir
	Path directory;

	@Test
	void readsIntervalsOfTheDayAndTheirLength() throws IOException {
		ContactHistory history = ContactCsv.read(file("interval_start,calls", "2024-03-04T08:00:00,10",
				"2024-03-04T08:30:00,12", "2024-03-04T09:00:00,7", "2024-03-05T08:00:00,3", "2024-03-05T09:00:00,4"));
		assertThat(history.minutes()).isEqualTo(30);
		assertThat(history.slots()).containsExactly(LocalTime.of(8, 0), LocalTime.of(8, 30), LocalTime.of(9, 0));
		assertThat(history.counts(LocalDate.of(2024, 3, 4))).containsExactly(10, 12, 7);
		// a missing row is missing, not zero
		assertThat(history.counts(LocalDate.of(2024, 3, 5))[1]).isNaN();
		assertThat(history.total(LocalDate.of(2024, 3, 5))).isEqualTo(7);
	}

	@Test
	void writesIsoDateTimesWithSeconds() throws IOException {
		Path output = this.directory.resolve("forecast.csv");
		ContactCsv.write(output, Series.slots(2, 15), Map.of(LocalDate.of(2024, 3, 4), new double[] { 1.26, 20 }));
		assertThat(Files.readAllLines(output)).containsExactly("interval_start,calls", "2024-03-04T08:00:00,1.3",
				"2024-03-04T08:15:00,20.0");
	}

	@Test
	void refusesAWrongFileNamingTheLineAndTheProblem() throws IOException {
		assertRefused("no history file", this.directory.resolve("none.csv"));
		assertRefused("line 1: the header must be 'interval_start,calls'",
				file("start,count", "2024-03-04T08:00:00,1"));
		assertRefused("line 3: interval_start '2024-03-04 08:30' is not an ISO local date-time",
				file("interval_start,calls", "2024-03-04T08:00:00,1", "2024-03-04 08:30,2"));
		assertRefused("line 2: calls '-1' is not a number of calls",
				file("interval_start,calls", "2024-03-04T08:00:00,-1"));
		assertRefused("line 3: calls 'many' is not a number of calls",
				file("interval_start,calls", "2024-03-04T08:00:00,1", "2024-03-04T08:05:00,many"));
		assertRefused("line 2: expected 2 fields", file("interval_start,calls", "2024-03-04T08:00:00,1,2"));
		assertRefused("line 3: interval 2024-03-04T08:00 appears twice",
				file("interval_start,calls", "2024-03-04T08:00:00,1", "2024-03-04T08:00:00,2"));
		assertRefused("no rows", file("interval_start,calls"));
		assertRefused("intervals of 7 minutes",
				file("interval_start,calls", "2024-03-04T08:00:00,1", "2024-03-04T08:07:00,2"));
		assertRefused("off the 5-minute grid", file("interval_start,calls", "2024-03-04T08:00:00,1",
				"2024-03-04T08:05:00,2", "2024-03-04T08:12:00,2"));
	}

	private static void assertRefused(String message, Path file) {
		assertThatThrownBy(() -> ContactCsv.read(file)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(message);
	}

	private Path file(String... lines) throws IOException {
		Path file = Files.createTempFile(this.directory, "history", ".csv");
		return Files.write(file, List.of(lines));
	}

}
