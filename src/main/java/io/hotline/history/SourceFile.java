package io.hotline.history;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A source file opened as text: gzip unpacked when its first bytes say so (whatever its
 * name), a UTF-8 byte-order mark dropped, and its encoding found from its first mebibyte
 * unless given: UTF-8 when those bytes are UTF-8, GB18030 (GBK's superset, what Chinese
 * Excel and older systems write) when they are not but decode cleanly as it; anything
 * else is refused. Bytes further on that are not text in the encoding read as
 * {@link CsvReader#UNDECODABLE}, which rejects their row.
 */
final class SourceFile {

	static final Charset GB18030 = Charset.forName("GB18030");

	private static final int SAMPLE = 1 << 20;

	private final Reader text;

	private final Charset encoding;

	private final boolean guessed;

	private SourceFile(Reader text, Charset encoding, boolean guessed) {
		this.text = text;
		this.encoding = encoding;
		this.guessed = guessed;
	}

	/** The text of the file, in the encoding found. */
	static Reader open(Path file) throws IOException {
		return open(Files.newInputStream(file), null).text();
	}

	/**
	 * Opens the bytes as text.
	 * @param encoding the encoding to read, or null to find it
	 * @throws UnreadableSource when the bytes are no gzip they claim to be, or no text of
	 * a known encoding
	 */
	static SourceFile open(InputStream raw, Charset encoding) throws IOException {
		BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
		in.mark(2);
		boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
		in.reset();
		InputStream bytes = in;
		if (gzip) {
			try {
				bytes = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
			}
			catch (ZipException | EOFException ex) {
				in.close();
				throw new UnreadableSource("it starts like gzip but is not gzip (" + ex.getMessage() + ")");
			}
		}
		Sample sample = Sample.of(bytes);
		boolean bom = sample.startsWith(0xef, 0xbb, 0xbf);
		Charset charset = encoding;
		boolean guessed = false;
		if (charset == null) {
			if (bom || decodes(sample, StandardCharsets.UTF_8)) {
				charset = StandardCharsets.UTF_8;
			}
			else if (sample.hasNul()) {
				bytes.close();
				throw new UnreadableSource("it is not text: it holds NUL bytes (UTF-16? save it as UTF-8)");
			}
			else if (decodes(sample, GB18030)) {
				charset = GB18030;
				guessed = true;
			}
			else {
				bytes.close();
				throw new UnreadableSource("its bytes are neither UTF-8 nor GB18030 (GBK); give --encoding");
			}
		}
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE)
			.replaceWith(String.valueOf(CsvReader.UNDECODABLE));
		InputStream text = sample.then(bytes, (bom && StandardCharsets.UTF_8.equals(charset)) ? 3 : 0);
		return new SourceFile(new InputStreamReader(text, decoder), charset, guessed);
	}

	Reader text() {
		return this.text;
	}

	Charset encoding() {
		return this.encoding;
	}

	/** Whether the encoding was taken for GB18030 because the bytes are not UTF-8. */
	boolean guessed() {
		return this.guessed;
	}

	/** What a failure to read the file says, in one line. */
	static String problem(IOException ex) {
		if (ex instanceof UnreadableSource) {
			return ex.getMessage();
		}
		if (ex instanceof EOFException) {
			return "the gzip data breaks off (a truncated file?)";
		}
		if (ex instanceof ZipException) {
			return "the gzip data is broken (" + ex.getMessage() + ")";
		}
		return (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
	}

	/**
	 * Whether the sample decodes without an error; a character cut at its end is fine.
	 */
	private static boolean decodes(Sample sample, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(sample.bytes, 0, sample.length);
		CharBuffer out = CharBuffer.allocate(8192);
		while (true) {
			var result = decoder.decode(in, out, sample.complete);
			if (result.isError()) {
				return false;
			}
			if (result.isUnderflow()) {
				return !sample.complete || decoder.flush(out).isUnderflow();
			}
			out.clear();
		}
	}

	/**
	 * The first bytes of the file, read ahead to find its encoding; when reading them
	 * failed (a gzip that breaks off early), the failure comes after them.
	 */
	private record Sample(byte[] bytes, int length, boolean complete, IOException failure) {

		static Sample of(InputStream in) {
			byte[] bytes = new byte[SAMPLE];
			int length = 0;
			try {
				for (int n; length < SAMPLE && (n = in.read(bytes, length, SAMPLE - length)) > 0;) {
					length += n;
				}
				return new Sample(bytes, length, length < SAMPLE, null);
			}
			catch (IOException ex) {
				return new Sample(bytes, length, true, ex);
			}
		}

		boolean startsWith(int... prefix) {
			if (this.length < prefix.length) {
				return false;
			}
			for (int i = 0; i < prefix.length; i++) {
				if ((this.bytes[i] & 0xff) != prefix[i]) {
					return false;
				}
			}
			return true;
		}

		boolean hasNul() {
			for (int i = 0; i < this.length; i++) {
				if (this.bytes[i] == 0) {
					return true;
				}
			}
			return false;
		}

		/** These bytes from {@code skip} on, then the rest of the stream. */
		InputStream then(InputStream rest, int skip) {
			InputStream after = (this.failure == null) ? rest : new InputStream() {
				@Override
				public int read() throws IOException {
					throw Sample.this.failure;
				}

				@Override
				public void close() throws IOException {
					rest.close();
				}
			};
			return new SequenceInputStream(new ByteArrayInputStream(this.bytes, skip, this.length - skip), after);
		}

	}

	/** A file that is not what it claims or not text; the message says why. */
	static final class UnreadableSource extends IOException {

		UnreadableSource(String problem) {
			super(problem);
		}

	}

}
