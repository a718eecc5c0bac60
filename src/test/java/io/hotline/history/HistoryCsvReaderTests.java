package io.hotline.history;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import io.hotline.history.CsvReader.CsvRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV reader keeps reading sensibly after broken quoting. */
class HistoryCsvReaderTests {

	@Test
	void aQuoteNeverClosedCostsItsRowOnlyAndReadingGoesOnAtTheNextLine() throws IOException {
		List<CsvRecord> records = read(String.join("\n", "a,b", "1,x", "2,\"5 inch pipe", "3,y", "4,z"));

		assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(records.get(2).problem()).isEqualTo(
				"a quoted field opened on this line is not closed before the end of the file; reading goes on at line 4");
		assertThat(records.get(3)).isEqualTo(new CsvRecord(4, List.of("3", "y"), null));
		assertThat(records.get(4)).isEqualTo(new CsvRecord(5, List.of("4", "z"), null));
	}

	@Test
	void aStrayQuoteThatAnotherClosesLaterCostsItsRowOnly() throws IOException {
		List<CsvRecord> records = read(String.join("\n", "a,b", "1,\"stray", "2,y", "3,\"ok\"", "4,z"));

		assertThat(records.get(1).problem())
			.isEqualTo("a quoted field opened on this line is followed by 'o' on line 4; reading goes on at line 3");
		assertThat(records.subList(2, records.size())).containsExactly(new CsvRecord(3, List.of("2", "y"), null),
				new CsvRecord(4, List.of("3", "ok"), null), new CsvRecord(5, List.of("4", "z"), null));
	}

	@Test
	void aQuotedFieldOverAThousandLinesIsTakenForAnUnclosedQuote() throws IOException {
		StringBuilder text = new StringBuilder("a,b\n1,\"runaway\n");
		for (int i = 0; i < 1_500; i++) {
			text.append(i).append(",row\n");
		}
		text.append("last,\"quoted\"\n");
		List<CsvRecord> records = read(text.toString());

		assertThat(records.get(1).problem())
			.isEqualTo("a quoted field opened on this line runs over 1,000 lines; reading goes on at line 3");
		assertThat(records).hasSize(2 + 1_500 + 1);
		assertThat(records.get(2)).isEqualTo(new CsvRecord(3, List.of("0", "row"), null));
		assertThat(records.get(records.size() - 1)).isEqualTo(new CsvRecord(1_503, List.of("last", "quoted"), null));
	}

	@Test
	void quotedFieldsOverLinesStillReadAsOne() throws IOException {
		List<CsvRecord> records = read("a,b\r\n1,\"two\r\nlines, \"\"quoted\"\"\"\r\n2,\"\"\r\n3,\"end\"");

		assertThat(records).containsExactly(new CsvRecord(1, List.of("a", "b"), null),
				new CsvRecord(2, List.of("1", "two\r\nlines, \"quoted\""), null),
				new CsvRecord(4, List.of("2", ""), null), new CsvRecord(5, List.of("3", "end"), null));
	}

	@Test
	void aRowWithBytesThatAreNotTextIsMarked() throws IOException {
		List<CsvRecord> records = read("a,b\n1,caf" + CsvReader.UNDECODABLE + "\n2,ok\n");

		assertThat(records.get(1).problem()).isEqualTo("it holds bytes that are not text in the file's encoding");
		assertThat(records.get(2).problem()).isNull();
	}

	private static List<CsvRecord> read(String text) throws IOException {
		List<CsvRecord> records = new ArrayList<>();
		try (CsvReader csv = new CsvReader(new StringReader(text))) {
			for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
				records.add(r);
			}
		}
		return records;
	}

}
