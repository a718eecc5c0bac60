package io.hotline.history;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.hotline.history.CsvReader.CsvRecord;
import io.hotline.workorder.HistoricalOrder;
import io.hotline.workorder.HistoryWriter;

import org.springframework.stereotype.Service;

/**
 * Streams a source file into orders: reads it record by record, turns each into a
 * historical order or a rejection, and writes them in batches, so that the file may be
 * far larger than memory and a second run of the same file loads nothing twice.
 */
@Service
class HistoryImport {

	static final int BATCH = 10_000;

	private final HistoryWriter writer;

	private final HistoryReferences references;

	private final Clock clock;

	HistoryImport(HistoryWriter writer, HistoryReferences references, Clock clock) {
		this.writer = writer;
		this.references = references;
		this.clock = clock;
	}

	/**
	 * Imports the text; {@code progress} hears a line after every batch.
	 * @throws IllegalArgumentException when the header is not one of the format's
	 */
	ImportReport run(Reader text, HistoryFormat format, Consumer<String> progress) throws IOException {
		return run(text, format, progress, new ImportReport(), false);
	}

	/**
	 * Imports the text into the report. A file that cannot be read on (a gzip that breaks
	 * off) ends the import where it broke, with what was read before written and the
	 * report saying where.
	 * @param renameStoredUnits whether the units stored before are named again by the
	 * file's rows, as those it creates are
	 * @throws IOException when not even the header can be read
	 * @throws IllegalArgumentException when the header is not one of the format's
	 */
	ImportReport run(Reader text, HistoryFormat format, Consumer<String> progress, ImportReport report,
			boolean renameStoredUnits) throws IOException {
		this.references.forget();
		Instant importedAt = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		try (CsvReader csv = new CsvReader(text)) {
			CsvRecord header = csv.next();
			List<String> columns = (header == null) ? List.of() : header.fields().stream().map(String::strip).toList();
			String misfit = format.misfit(columns);
			if (misfit != null) {
				throw new IllegalArgumentException("this is not a " + format.name() + " file: " + misfit);
			}
			Map<String, Integer> index = new HashMap<>();
			for (int i = 0; i < columns.size(); i++) {
				index.putIfAbsent(columns.get(i), i);
			}
			try (BatchWriter batches = new BatchWriter(this.writer, report, progress)) {
				List<HistoricalOrder> batch = new ArrayList<>(BATCH);
				for (CsvRecord record = next(csv, report); record != null; record = next(csv, report)) {
					HistoricalOrder order = order(record, columns.size(), index, format, importedAt, report);
					if (order != null) {
						batch.add(order);
					}
					if (batch.size() == BATCH) {
						batches.write(batch);
						batch = new ArrayList<>(BATCH);
					}
				}
				batches.write(batch);
			}
			this.references.settleNames(renameStoredUnits).forEach(report::note);
		}
		return report;
	}

	/** The next record, or null at the end or where the file breaks off. */
	private static CsvRecord next(CsvReader csv, ImportReport report) {
		try {
			return csv.next();
		}
		catch (IOException ex) {
			report.brokeOff(csv.line(), SourceFile.problem(ex));
			return null;
		}
	}

	private static HistoricalOrder order(CsvRecord record, int width, Map<String, Integer> index, HistoryFormat format,
			Instant importedAt, ImportReport report) {
		if (record.problem() != null) {
			report.rejected(record.line(), record.problem());
			return null;
		}
		if (record.fields().size() != width) {
			report.rejected(record.line(), record.fields().size() + " fields where the header has " + width);
			return null;
		}
		try {
			return format.order(new SourceRow(record.line(), record.fields(), index, importedAt), importedAt);
		}
		catch (RejectedRow ex) {
			report.rejected(record.line(), ex.getMessage());
			return null;
		}
	}

}
