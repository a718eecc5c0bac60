package io.hotline.analytics.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A report's XHTML read as the blocks a Word document or a workbook is written from:
 * headings, paragraphs, list items, tables and the charts' pictures. Any template's
 * report reads this way (a {@code div} is read through), so an issued report converts
 * from the HTML it was kept as.
 */
final class ReportBlocks {

	private ReportBlocks() {
	}

	interface Block {

	}

	record Heading(int level, String text) implements Block {

	}

	record Paragraph(String text) implements Block {

	}

	record Item(String text) implements Block {

	}

	/** Rows of cells; the first is the header when {@code header}. */
	record Table(List<List<String>> rows, boolean header) implements Block {

	}

	record Picture(byte[] png, String alt) implements Block {

	}

	static List<Block> of(String html) {
		try {
			org.w3c.dom.Document document = ReportTemplates.xhtml(html);
			List<Block> blocks = new ArrayList<>();
			Node body = document.getElementsByTagNameNS("*", "body").item(0);
			read((body != null) ? body : document.getDocumentElement(), blocks);
			return blocks;
		}
		catch (org.xml.sax.SAXException ex) {
			throw new IllegalArgumentException("the report is not well-formed XHTML: " + ex.getMessage(), ex);
		}
	}

	/** The report's title: its first heading. */
	static String title(List<Block> blocks) {
		return blocks.stream()
			.filter(Heading.class::isInstance)
			.map((b) -> ((Heading) b).text())
			.findFirst()
			.orElse("12345");
	}

	private static void read(Node parent, List<Block> blocks) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (!(node instanceof Element element)) {
				continue;
			}
			String name = element.getLocalName().toLowerCase(Locale.ROOT);
			switch (name) {
				case "h1", "h2", "h3", "h4" -> blocks.add(new Heading(name.charAt(1) - '0', text(element)));
				case "p" -> blocks.add(new Paragraph(text(element)));
				case "ul", "ol" -> children(element, "li").forEach((li) -> blocks.add(new Item(text(li))));
				case "table" -> blocks.add(table(element));
				case "img" -> picture(element).ifPresent(blocks::add);
				case "style", "script", "head", "title" -> {
				}
				default -> read(element, blocks);
			}
		}
	}

	private static Table table(Element table) {
		List<List<String>> rows = new ArrayList<>();
		boolean header = false;
		org.w3c.dom.NodeList trs = table.getElementsByTagNameNS("*", "tr");
		for (int i = 0; i < trs.getLength(); i++) {
			Element tr = (Element) trs.item(i);
			List<String> cells = new ArrayList<>();
			for (Node cell = tr.getFirstChild(); cell != null; cell = cell.getNextSibling()) {
				if (cell instanceof Element e && (e.getLocalName().equals("td") || e.getLocalName().equals("th"))) {
					cells.add(text(e));
					header |= i == 0 && e.getLocalName().equals("th");
				}
			}
			rows.add(cells);
		}
		return new Table(rows, header);
	}

	private static java.util.Optional<Block> picture(Element img) {
		String src = img.getAttribute("src");
		String prefix = "data:image/png;base64,";
		if (!src.startsWith(prefix)) {
			return java.util.Optional.empty();
		}
		return java.util.Optional
			.of(new Picture(Base64.getDecoder().decode(src.substring(prefix.length())), img.getAttribute("alt")));
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> children = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element e && e.getLocalName().equalsIgnoreCase(name)) {
				children.add(e);
			}
		}
		return children;
	}

	private static String text(Element element) {
		return element.getTextContent().replaceAll("\\s+", " ").strip();
	}

}
