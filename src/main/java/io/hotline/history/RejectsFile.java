package io.hotline.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every rejected row of an import as CSV, {@code line,reason}, UTF-8 with a byte-order
 * mark (Excel then shows the Chinese column names right). A file named by
 * {@code --rejects} is always written, the header alone when nothing was rejected; the
 * default one, {@code <input>.rejects.csv} beside the input (in the temporary folder when
 * that is not writable), only when a row is rejected, and a run without rejections
 * removes the one an earlier run left.
 */
final class RejectsFile implements AutoCloseable {

	private final Path file;

	private Writer out;

	private RejectsFile(Path file) {
		this.file = file;
	}

	/** The file named by {@code --rejects}. */
	static RejectsFile at(Path file) throws IOException {
		RejectsFile rejects = new RejectsFile(file);
		rejects.open();
		return rejects;
	}

	/** The default file for this input. */
	static RejectsFile beside(Path input) {
		Path name = Path.of(input.getFileName() + ".rejects.csv");
		Path folder = input.toAbsolutePath().getParent();
		boolean writable = folder != null && Files.isWritable(folder);
		return new RejectsFile(
				writable ? folder.resolve(name) : Path.of(System.getProperty("java.io.tmpdir")).resolve(name));
	}

	void add(long line, String reason) {
		try {
			if (this.out == null) {
				open();
			}
			this.out.write(Long.toString(line));
			this.out.write(",\"");
			this.out.write(reason.replace("\"", "\"\""));
			this.out.write("\"\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the rejected rows to " + this.file, ex);
		}
	}

	/** The file written, null when none was. */
	Path path() {
		return (this.out != null) ? this.file : null;
	}

	private void open() throws IOException {
		this.out = Files.newBufferedWriter(this.file, StandardCharsets.UTF_8);
		this.out.write("\uFEFFline,reason\r\n");
	}

	@Override
	public void close() throws IOException {
		if (this.out != null) {
			this.out.close();
		}
		else {
			Files.deleteIfExists(this.file);
		}
	}

}
