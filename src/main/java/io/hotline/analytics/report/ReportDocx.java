package io.hotline.analytics.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.springframework.web.util.HtmlUtils;

/**
 * A report as a Word document (.docx), written as the few parts of Office Open XML it
 * needs (the document, its pictures, their relationships) rather than with Apache POI:
 * poi-ooxml and its schemas would add about 15 MB to the jar for what is a page of XML.
 * Headings keep with the paragraph after them, as in the PDF; the charts are the PNGs the
 * PDF shows.
 */
final class ReportDocx {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	/** The text's width on A4 with 2 cm margins, in EMU. */
	private static final long WIDTH_EMU = 6_120_000L;

	private ReportDocx() {
	}

	static byte[] of(String html) {
		List<ReportBlocks.Block> blocks = ReportBlocks.of(html);
		List<byte[]> pictures = new ArrayList<>();
		StringBuilder body = new StringBuilder();
		for (ReportBlocks.Block block : blocks) {
			if (block instanceof ReportBlocks.Heading h) {
				body.append(
						paragraph(h.text(), (h.level() == 1) ? 36 : 28, true, (h.level() == 1) ? "C0392B" : "303133",
								"<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/>"));
			}
			else if (block instanceof ReportBlocks.Paragraph p) {
				body.append(paragraph(p.text(), 22, false, null, ""));
			}
			else if (block instanceof ReportBlocks.Item i) {
				body.append(paragraph("• " + i.text(), 22, false, null, "<w:ind w:left=\"360\"/>"));
			}
			else if (block instanceof ReportBlocks.Table t) {
				body.append(table(t));
			}
			else if (block instanceof ReportBlocks.Picture p) {
				pictures.add(p.png());
				body.append(picture(p, pictures.size()));
			}
		}
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream zip = new ZipOutputStream(bytes)) {
			put(zip, "[Content_Types].xml",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
							<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
							<Default Extension="xml" ContentType="application/xml"/>
							<Default Extension="png" ContentType="image/png"/>
							<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
							<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
							</Types>""");
			put(zip, "_rels/.rels",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
							<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
							</Relationships>""");
			put(zip, "docProps/core.xml",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
							xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>12345</dc:creator><dc:language>zh-CN</dc:language></cp:coreProperties>"""
						.formatted(esc(ReportBlocks.title(blocks))));
			StringBuilder rels = new StringBuilder("""
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
			for (int i = 1; i <= pictures.size(); i++) {
				rels.append("<Relationship Id=\"rIdChart")
					.append(i)
					.append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/chart")
					.append(i)
					.append(".png\"/>");
				zip.putNextEntry(new ZipEntry("word/media/chart" + i + ".png"));
				zip.write(pictures.get(i - 1));
				zip.closeEntry();
			}
			put(zip, "word/_rels/document.xml.rels", rels.append("</Relationships>").toString());
			put(zip, "word/document.xml",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<w:document xmlns:w="%s" \
							xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
							xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
							xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
							xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>%s\
							<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" \
							w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>"""
						.formatted(W, body));
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String paragraph(String text, int halfPoints, boolean bold, String color, String properties) {
		return "<w:p><w:pPr>" + properties + "</w:pPr>" + run(text, halfPoints, bold, color) + "</w:p>";
	}

	private static String run(String text, int halfPoints, boolean bold, String color) {
		return "<w:r><w:rPr><w:rFonts w:eastAsia=\"Noto Sans SC\"/>" + (bold ? "<w:b/>" : "")
				+ ((color == null) ? "" : "<w:color w:val=\"" + color + "\"/>") + "<w:sz w:val=\"" + halfPoints
				+ "\"/><w:lang w:eastAsia=\"zh-CN\"/></w:rPr><w:t xml:space=\"preserve\">" + esc(text) + "</w:t></w:r>";
	}

	private static String table(ReportBlocks.Table table) {
		StringBuilder xml = new StringBuilder(
				"""
						<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>\
						<w:top w:val="single" w:sz="4" w:color="DCDFE6"/><w:left w:val="single" w:sz="4" w:color="DCDFE6"/>\
						<w:bottom w:val="single" w:sz="4" w:color="DCDFE6"/><w:right w:val="single" w:sz="4" w:color="DCDFE6"/>\
						<w:insideH w:val="single" w:sz="4" w:color="DCDFE6"/><w:insideV w:val="single" w:sz="4" w:color="DCDFE6"/>\
						</w:tblBorders></w:tblPr>""");
		for (int r = 0; r < table.rows().size(); r++) {
			boolean header = r == 0 && table.header();
			xml.append("<w:tr>").append(header ? "<w:trPr><w:tblHeader/></w:trPr>" : "");
			for (String cell : table.rows().get(r)) {
				xml.append("<w:tc>")
					.append(header ? "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F5F7FA\"/></w:tcPr>"
							: "")
					.append("<w:p>")
					.append(run(cell, 20, header, null))
					.append("</w:p></w:tc>");
			}
			xml.append("</w:tr>");
		}
		// Word wants a paragraph between two tables and after the last
		return xml.append("</w:tbl><w:p/>").toString();
	}

	private static String picture(ReportBlocks.Picture picture, int n) {
		long height = WIDTH_EMU / 3;
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.png()));
			if (image != null) {
				height = WIDTH_EMU * image.getHeight() / image.getWidth();
			}
		}
		catch (IOException ex) {
			// the default proportions
		}
		String extent = "cx=\"" + WIDTH_EMU + "\" cy=\"" + height + "\"";
		return "<w:p><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent " + extent
				+ "/><wp:docPr id=\"" + n + "\" name=\"chart" + n + "\" descr=\"" + esc(picture.alt())
				+ "\"/><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
				+ "<pic:nvPicPr><pic:cNvPr id=\"" + n + "\" name=\"chart" + n + ".png\"/><pic:cNvPicPr/></pic:nvPicPr>"
				+ "<pic:blipFill><a:blip r:embed=\"rIdChart" + n
				+ "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext "
				+ extent + "/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"
				+ "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";
	}

	private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(xml.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static String esc(String text) {
		return (text == null) ? "" : HtmlUtils.htmlEscape(text, "UTF-8").replace("&nbsp;", " ");
	}

}
