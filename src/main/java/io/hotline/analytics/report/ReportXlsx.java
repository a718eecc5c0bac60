package io.hotline.analytics.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.hotline.platform.export.TableWriter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report as a workbook (fastexcel): a first sheet with the report's text (title,
 * headings, narrative, list items), then each of its tables as a sheet named after its
 * section (二、考核指标, 四、承办单位排名 …), counts as numbers and rates as percentages a spreadsheet
 * can compute with. Text that a spreadsheet would run as a formula is written as text.
 */
final class ReportXlsx {

	private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,15}");

	private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,15}\\.\\d+");

	private static final Pattern PERCENT = Pattern.compile("\\d{1,3}(\\.\\d+)?%");

	private ReportXlsx() {
	}

	static byte[] of(String html) {
		List<ReportBlocks.Block> blocks = ReportBlocks.of(html);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Workbook workbook = new Workbook(out, "12345 hotline", "1.0");
			Worksheet text = workbook.newWorksheet("报告");
			text.width(0, 120);
			Set<String> names = new HashSet<>(Set.of("报告"));
			String section = "表";
			int line = 0;
			for (ReportBlocks.Block block : blocks) {
				if (block instanceof ReportBlocks.Heading h) {
					section = h.text();
					text.value(line, 0, TableWriter.inert(h.text()));
					text.style(line++, 0).bold().fontSize((h.level() == 1) ? 16 : 13).set();
				}
				else if (block instanceof ReportBlocks.Paragraph p) {
					text.value(line, 0, TableWriter.inert(p.text()));
					text.style(line++, 0).wrapText(true).set();
				}
				else if (block instanceof ReportBlocks.Item i) {
					text.value(line++, 0, TableWriter.inert("• " + i.text()));
				}
				else if (block instanceof ReportBlocks.Table t) {
					table(workbook.newWorksheet(unique(section, names)), t);
				}
			}
			workbook.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void table(Worksheet sheet, ReportBlocks.Table table) {
		for (int r = 0; r < table.rows().size(); r++) {
			List<String> cells = table.rows().get(r);
			for (int c = 0; c < cells.size(); c++) {
				cell(sheet, r, c, cells.get(c));
			}
		}
		if (table.header() && !table.rows().isEmpty()) {
			sheet.range(0, 0, 0, Math.max(0, table.rows().get(0).size() - 1)).style().bold().fillColor("F5F7FA").set();
			sheet.freezePane(0, 1);
		}
		for (int c = 0; c < 8; c++) {
			sheet.width(c, (c == 1) ? 28 : 14);
		}
	}

	private static void cell(Worksheet sheet, int r, int c, String value) {
		if (INTEGER.matcher(value).matches()) {
			sheet.value(r, c, Long.parseLong(value.replace("+", "")));
		}
		else if (DECIMAL.matcher(value).matches()) {
			sheet.value(r, c, Double.parseDouble(value));
		}
		else if (PERCENT.matcher(value).matches()) {
			sheet.value(r, c, Double.parseDouble(value.substring(0, value.length() - 1)) / 100);
			sheet.style(r, c).format("0.0%").set();
		}
		else {
			sheet.value(r, c, TableWriter.inert(value));
		}
	}

	/** A sheet's name: Excel's rules (31 characters, none of []:*?/\), once in a book. */
	private static String unique(String section, Set<String> names) {
		String base = section.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
		base = base.isEmpty() ? "表" : base;
		base = (base.length() > 28) ? base.substring(0, 28) : base;
		String name = base;
		for (int n = 2; !names.add(name); n++) {
			name = base + " " + n;
		}
		return name;
	}

}
