package io.hotline.history;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.hotline.platform.HotlineTask;
import io.hotline.platform.TaskOptions;

import org.springframework.stereotype.Component;

/**
 * {@code import-history --format boston311|teddy2020|csv --input FILE}: loads historical
 * orders (gzip or plain), prints progress, then the counts and the first rejected rows.
 * Exits 0 once the file was read, whatever its rows held; 2 when the file or the format
 * is wrong.
 */
@Component
class ImportHistoryTask implements HotlineTask {

	private final HistoryImport imports;

	private final Map<String, HistoryFormat> formats;

	private final PrintStream out = System.out;

	ImportHistoryTask(HistoryImport imports, List<HistoryFormat> formats) {
		this.imports = imports;
		this.formats = formats.stream().collect(Collectors.toMap(HistoryFormat::name, Function.identity()));
	}

	@Override
	public String name() {
		return "import-history";
	}

	@Override
	public String description() {
		return "load historical orders: --format boston311|teddy2020|csv --input FILE (gzip accepted)";
	}

	@Override
	public int run(TaskOptions options) throws IOException {
		String formatName = options.required("format");
		HistoryFormat format = this.formats.get(formatName);
		if (format == null) {
			throw new IllegalArgumentException("unknown format '" + formatName + "'; the formats are "
					+ this.formats.keySet().stream().sorted().toList());
		}
		Path file = Path.of(options.required("input"));
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new IllegalArgumentException("cannot read " + file.toAbsolutePath()
					+ (Files.exists(file) ? ": not a readable file" : ": no such file"));
		}
		this.out.println("importing " + file + " as " + format.name());
		long started = System.nanoTime();
		ImportReport report;
		try (Reader text = SourceFile.open(file)) {
			report = this.imports.run(text, format, this.out::println);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		report.summary().forEach(this.out::println);
		this.out.printf("%.1f s, %,.0f orders/s loaded%n", seconds, report.loaded() / Math.max(seconds, 1e-3));
		return 0;
	}

}
