package io.hotline.history;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens a source file as UTF-8 text, unpacking gzip when its first bytes say so (whatever
 * its name) and dropping a byte-order mark.
 */
final class SourceFile {

	private SourceFile() {
	}

	static Reader open(Path file) throws IOException {
		return open(Files.newInputStream(file));
	}

	static Reader open(InputStream raw) throws IOException {
		BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
		in.mark(2);
		boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
		in.reset();
		InputStream bytes = gzip ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
		bytes.mark(3);
		byte[] bom = bytes.readNBytes(3);
		if (!(bom.length == 3 && (bom[0] & 0xff) == 0xef && (bom[1] & 0xff) == 0xbb && (bom[2] & 0xff) == 0xbf)) {
			bytes.reset();
		}
		return new InputStreamReader(bytes, StandardCharsets.UTF_8);
	}

}
