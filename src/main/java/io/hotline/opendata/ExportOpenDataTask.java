package io.hotline.opendata;

import java.nio.file.Path;
import java.time.YearMonth;

import io.hotline.platform.HotlineTask;
import io.hotline.platform.TaskOptions;

import org.springframework.stereotype.Component;

/**
 * {@code export-open-data --month 2026-10 --output DIR}: writes the month's
 * {@code orders-2026-10.csv} and {@code orders-2026-10.json} into DIR.
 */
@Component
class ExportOpenDataTask implements HotlineTask {

	private final OpenData openData;

	ExportOpenDataTask(OpenData openData) {
		this.openData = openData;
	}

	@Override
	public String name() {
		return "export-open-data";
	}

	@Override
	public String description() {
		return "write the open data of a month's closed orders as CSV and JSON: --month 2026-10 --output DIR";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		YearMonth month;
		try {
			month = YearMonth.parse(options.required("month"));
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new IllegalArgumentException("--month must be a month such as 2026-10");
		}
		for (Path file : this.openData.write(month, Path.of(options.required("output")))) {
			System.out.println("wrote " + file.toAbsolutePath());
		}
		return 0;
	}

}
