package io.hotline.history;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import io.hotline.history.SourceFile.UnreadableSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** How a source file's bytes become text. */
class HistorySourceFileTests {

	static final String TEXT = "留言编号,留言详情\n1,小区路灯不亮，请尽快维修\n";

	@Test
	void readsUtf8WithAndWithoutItsByteOrderMark() throws IOException {
		byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
		byte[] bom = concat(new byte[] { (byte) 0xef, (byte) 0xbb, (byte) 0xbf }, utf8);

		for (byte[] bytes : new byte[][] { utf8, bom, gzip(bom) }) {
			SourceFile source = SourceFile.open(new ByteArrayInputStream(bytes), null);
			assertThat(source.encoding()).isEqualTo(StandardCharsets.UTF_8);
			assertThat(source.guessed()).isFalse();
			assertThat(text(source)).isEqualTo(TEXT);
		}
	}

	@Test
	void readsGbkAsGb18030AndSaysItGuessed() throws IOException {
		SourceFile source = SourceFile.open(new ByteArrayInputStream(TEXT.getBytes(SourceFile.GB18030)), null);

		assertThat(source.encoding()).isEqualTo(SourceFile.GB18030);
		assertThat(source.guessed()).isTrue();
		assertThat(text(source)).isEqualTo(TEXT);
	}

	@Test
	void aForcedEncodingMarksWhatItCannotRead() throws IOException {
		SourceFile source = SourceFile.open(new ByteArrayInputStream(TEXT.getBytes(SourceFile.GB18030)),
				StandardCharsets.UTF_8);

		assertThat(text(source)).contains(String.valueOf(CsvReader.UNDECODABLE));
	}

	@Test
	void refusesBytesOfNoEncodingItKnows() {
		byte[] binary = new byte[4096];
		for (int i = 0; i < binary.length; i++) {
			binary[i] = (byte) (0x80 + (i * 37) % 0x7f);
		}
		binary[0] = (byte) 0xff;
		assertThatExceptionOfType(UnreadableSource.class)
			.isThrownBy(() -> SourceFile.open(new ByteArrayInputStream(binary), null))
			.withMessage("its bytes are neither UTF-8 nor GB18030 (GBK); give --encoding");
		byte[] utf16 = TEXT.getBytes(StandardCharsets.UTF_16LE);
		assertThatExceptionOfType(UnreadableSource.class)
			.isThrownBy(() -> SourceFile.open(new ByteArrayInputStream(utf16), null))
			.withMessageContaining("it is not text: it holds NUL bytes");
	}

	@Test
	void refusesAGzipThatIsNoneAndSaysWhereOneBreaksOff() throws IOException {
		byte[] fake = { 0x1f, (byte) 0x8b, 0x03, 0x00, 0x11, 0x22 };
		assertThatExceptionOfType(UnreadableSource.class)
			.isThrownBy(() -> SourceFile.open(new ByteArrayInputStream(fake), null))
			.withMessage("it starts like gzip but is not gzip (Unsupported compression method)");

		byte[] whole = gzip("a,b\n1,2\n".repeat(50_000).getBytes(StandardCharsets.UTF_8));
		byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
		SourceFile source = SourceFile.open(new ByteArrayInputStream(truncated), null);
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> text(source))
			.satisfies((ex) -> assertThat(SourceFile.problem(ex))
				.isEqualTo("the gzip data breaks off (a truncated file?)"));
	}

	static byte[] gzip(byte[] bytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(bytes);
		}
		return out.toByteArray();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

	private static String text(SourceFile source) throws IOException {
		try (Reader reader = source.text()) {
			StringBuilder text = new StringBuilder();
			char[] buffer = new char[8192];
			for (int n; (n = reader.read(buffer)) > 0;) {
				text.append(buffer, 0, n);
			}
			return text.toString();
		}
	}

}
