package io.hotline.history;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
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
 * {@code import-history --format boston311|teddy2020|csv --input FILE [--encoding NAME]
 * [--rejects FILE] [--rename-units]}: loads historical orders (gzip or plain), prints
 * progress, then the counts, the first rejected rows and where all of them were written.
 * Exits 0 once the file was read, whatever its rows held; 2 (an
 * {@link IllegalArgumentException}, one line naming the file and the problem) when the
 * format is unknown or the file is missing, no gzip it claims to be, in no encoding it
 * can read, not of the format, or breaks off (after writing what came before).
 */
@Component
class ImportHistoryTask implements HotlineTask {

	private final HistoryImport imports;

	private final Map<String, HistoryFormat> formats;

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
		return "load historical orders: --format boston311|teddy2020|csv --input FILE (gzip accepted)"
				+ " [--encoding UTF-8|GB18030] [--rejects FILE] [--rename-units]";
	}

	@Override
	public int run(TaskOptions options) throws IOException {
		return run(options, System.out);
	}

	int run(TaskOptions options, PrintStream out) throws IOException {
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
		Charset encoding = options.get("encoding").map(ImportHistoryTask::charset).orElse(null);
		SourceFile source;
		try {
			source = SourceFile.open(Files.newInputStream(file), encoding);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("cannot read " + file + ": " + SourceFile.problem(ex));
		}
		out.println("importing " + file + " as " + format.name() + ", " + source.encoding().name() + (source.guessed()
				? " (its bytes are not UTF-8 but decode cleanly as GB18030;" + " give --encoding to read it otherwise)"
				: ""));
		long started = System.nanoTime();
		RejectsFile rejects = rejects(options, file, source);
		ImportReport report = new ImportReport(rejects);
		try (rejects; Reader text = source.text()) {
			this.imports.run(text, format, out::println, report, options.flag("rename-units"));
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("cannot read " + file + ": " + SourceFile.problem(ex));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					file + ": " + ex.getMessage() + " (read as " + source.encoding().name() + ")");
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		report.summary().forEach(out::println);
		out.printf("%.1f s, %,.0f orders/s loaded%n", seconds, report.loaded() / Math.max(seconds, 1e-3));
		if (report.brokenOff() != null) {
			throw new IllegalArgumentException(file + ": " + report.brokenOff());
		}
		return 0;
	}

	private static RejectsFile rejects(TaskOptions options, Path input, SourceFile source) throws IOException {
		if (options.get("rejects").isEmpty()) {
			return RejectsFile.beside(input);
		}
		Path file = Path.of(options.required("rejects"));
		try {
			return RejectsFile.at(file);
		}
		catch (IOException ex) {
			source.text().close();
			throw new IllegalArgumentException(
					"cannot write the rejected rows to " + file.toAbsolutePath() + ": " + ex.getMessage());
		}
	}

	private static Charset charset(String name) {
		try {
			return Charset.forName(name);
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			throw new IllegalArgumentException(
					"unknown encoding '" + name + "'; give UTF-8, GB18030 or another name Java knows");
		}
	}

}
