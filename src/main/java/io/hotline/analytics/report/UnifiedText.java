package io.hotline.analytics.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Makes a PDF's text copy as the characters shown. Noto Sans SC draws 一 (U+4E00) and the
 * Kangxi radical ⼀ (U+2F00) with one glyph; PDFBox writes the glyph's first code point
 * into the font's ToUnicode map, the lower one, so a reader copying or searching 一 日 月 工
 * got ⼀ ⽇ ⽉ ⼯. Each font's ToUnicode map is written again with the compatibility
 * characters (Kangxi radicals, CJK radicals supplement) replaced by the ideographs they
 * stand for (Unicode's NFKC mapping).
 */
final class UnifiedText {

	private UnifiedText() {
	}

	static byte[] of(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Set<COSStream> done = new HashSet<>();
			boolean changed = false;
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				if (resources == null) {
					continue;
				}
				for (COSName name : resources.getFontNames()) {
					if (resources.getFont(name)
						.getCOSObject()
						.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream map && done.add(map)) {
						changed |= rewrite(map);
					}
				}
			}
			if (!changed) {
				return pdf;
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text a character of a font's map stands for: 一 for ⼀. */
	static String unified(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			if (compatibility(c)) {
				out.append(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC));
			}
			else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

	static boolean compatibility(int c) {
		return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0xF900 && c <= 0xFAFF);
	}

	private static boolean rewrite(COSStream stream) throws IOException {
		CMap map;
		try (var in = stream.createInputStream()) {
			map = new CMapParser().parse(new RandomAccessReadBuffer(in));
		}
		Map<Integer, String> codes = new TreeMap<>();
		boolean changed = false;
		for (int code = 0; code <= 0xFFFF; code++) {
			String text = map.toUnicode(code, 2);
			if (text != null) {
				String unified = unified(text);
				changed |= !unified.equals(text);
				codes.put(code, unified);
			}
		}
		if (!changed) {
			return false;
		}
		try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
			out.write(cmap(codes).getBytes(StandardCharsets.US_ASCII));
		}
		return true;
	}

	private static String cmap(Map<Integer, String> codes) {
		StringBuilder text = new StringBuilder("""
				/CIDInit /ProcSet findresource begin
				12 dict begin
				begincmap
				/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
				/CMapName /Adobe-Identity-UCS def
				/CMapType 2 def
				1 begincodespacerange
				<0000> <FFFF>
				endcodespacerange
				""");
		var entries = codes.entrySet().stream().toList();
		for (int i = 0; i < entries.size(); i += 100) {
			var block = entries.subList(i, Math.min(entries.size(), i + 100));
			text.append(block.size()).append(" beginbfchar\n");
			for (var entry : block) {
				text.append(String.format("<%04X> <", entry.getKey()));
				for (char c : entry.getValue().toCharArray()) {
					text.append(String.format("%04X", (int) c));
				}
				text.append(">\n");
			}
			text.append("endbfchar\n");
		}
		return text.append("""
				endcmap
				CMapName currentdict /CMap defineresource pop
				end
				end
				""").toString();
	}

}
