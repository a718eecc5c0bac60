package io.hotline.knowledge.articles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.hotline.catalog.Catalog;
import io.hotline.catalog.Category;
import io.hotline.org.Actor;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;
import io.hotline.platform.QuotedCsv;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Imports an existing knowledge base from CSV or Excel: every row checked as an article
 * written through the API would be, and all rows stored or none. A file with wrong rows
 * answers 400 with each wrong row's number, column and reason, so that it can be fixed
 * and sent again without duplicates.
 */
@Service
class KnowledgeImport {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeImport.class);

	static final int MOST_ROWS = 5_000;

	private final KnowledgeArticles articles;

	private final Catalog catalog;

	private final AuditTrail audit;

	KnowledgeImport(KnowledgeArticles articles, Catalog catalog, AuditTrail audit) {
		this.articles = articles;
		this.catalog = catalog;
		this.audit = audit;
	}

	KnowledgeController.ImportResult run(String fileName, InputStream file, boolean dryRun, Actor actor) {
		actor.requireAny(KnowledgeArticles.WRITERS);
		List<SheetRow> rows = read(fileName, file);
		if (rows.isEmpty()) {
			throw Problem.invalid("knowledge.import-empty");
		}
		ImportColumns columns = new ImportColumns(rows.get(0).cells());
		List<ArticleContent> contents = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		Locale locale = LocaleContextHolder.getLocale();
		for (SheetRow row : rows.subList(1, rows.size())) {
			Map<String, String> values = columns.values(row.cells());
			if (values.isEmpty()) {
				continue;
			}
			if (contents.size() + errors.size() >= MOST_ROWS) {
				throw Problem.invalid("knowledge.import-too-many-rows", MOST_ROWS);
			}
			try {
				contents.add(ArticleContent.of(input(values), this.catalog));
			}
			catch (Problem problem) {
				errors.add(new RowError(row.number(), columns.header(field(problem)), problem.text(locale)));
			}
		}
		if (!errors.isEmpty()) {
			throw Problem.invalid("knowledge.import-rows-wrong", errors.size(), contents.size() + errors.size())
				.with("errors", errors);
		}
		if (contents.isEmpty()) {
			throw Problem.invalid("knowledge.import-empty");
		}
		if (dryRun) {
			return new KnowledgeController.ImportResult(true, contents.size(), List.of());
		}
		List<Long> ids = this.articles.createAll(contents, actor, "imported from " + name(fileName));
		this.audit.record(actor.username(), "KNOWLEDGE_IMPORT", name(fileName), "OK", ids.size() + " articles");
		return new KnowledgeController.ImportResult(false, ids.size(), ids);
	}

	private ArticleInput input(Map<String, String> values) {
		return new ArticleInput(values.get("title"), values.get("answer"), split(values.get("questions"), "[|\\n]"),
				category(values.get("categoryCode")), values.get("department"), values.get("source"),
				flag(values.get("public")), values.get("effectiveFrom"), values.get("expiresAt"),
				split(values.get("tags"), "[|,，]"), null);
	}

	/** A category's code, or its name or full name as the catalog writes it. */
	private String category(String value) {
		if (value == null || this.catalog.category(value).isPresent()) {
			return value;
		}
		String last = value.substring(value.lastIndexOf('/') + 1).replaceAll(".*[>＞]", "").strip();
		Optional<Category> named = this.catalog.search(last, 50)
			.stream()
			.filter((c) -> c.name().equals(value) || value.equals(c.pathName()) || c.name().equals(last))
			.findFirst();
		return named.map(Category::code).orElse(value);
	}

	private static Boolean flag(String value) {
		if (value == null) {
			return null;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "是", "公开", "true", "1", "yes", "y" -> true;
			case "否", "内部", "不公开", "false", "0", "no", "n" -> false;
			default -> throw Problem.invalid("knowledge.bad-flag", "public", value);
		};
	}

	private static List<String> split(String value, String separators) {
		return (value == null) ? null : Arrays.asList(value.split(separators));
	}

	/** The field a problem is about, as its message names it. */
	private static String field(Problem problem) {
		String key = problem.getCodes()[0];
		Object[] arguments = problem.getArguments();
		return switch (key) {
			case "knowledge.unknown-category" -> "categoryCode";
			case "knowledge.expires-before-effective" -> "expiresAt";
			default -> (arguments.length > 0) ? String.valueOf(arguments[0]) : "";
		};
	}

	private static List<SheetRow> read(String fileName, InputStream file) {
		String name = name(fileName).toLowerCase(Locale.ROOT);
		try {
			if (name.endsWith(".xlsx")) {
				return excel(file);
			}
			if (name.endsWith(".csv") || name.endsWith(".txt")) {
				return csv(file);
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof Problem problem) {
				throw problem;
			}
			// the reader's own words name its classes: they go to the log
			log.info("knowledge import: {} cannot be read: {}", name(fileName), ex.toString());
			throw Problem.invalid("knowledge.import-unreadable", name(fileName));
		}
		throw Problem.invalid("knowledge.import-bad-type", name(fileName));
	}

	private static List<SheetRow> csv(InputStream file) throws IOException {
		List<List<String>> rows = QuotedCsv
			.rows(new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8)));
		List<SheetRow> numbered = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			numbered.add(new SheetRow(i + 1, rows.get(i)));
		}
		return numbered;
	}

	/** The first sheet; a date cell reads as {@code YYYY-MM-DD}. */
	private static List<SheetRow> excel(InputStream file) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(file, new ReadingOptions(true, false));
				java.util.stream.Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			List<SheetRow> read = new ArrayList<>();
			rows.forEach((row) -> {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getCellCount(); c++) {
					cells.add(text(row.getCell(c)));
				}
				read.add(new SheetRow(row.getRowNum(), cells));
			});
			return read;
		}
	}

	private static String text(Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return null;
		}
		if (cell.getType() == CellType.NUMBER && isDate(cell)) {
			return cell.asDate().toLocalDate().toString();
		}
		return cell.getText();
	}

	private static boolean isDate(Cell cell) {
		String format = cell.getDataFormatString();
		Integer id = cell.getDataFormatId();
		return (id != null && id >= 14 && id <= 22) || (format != null && format.matches(".*[yYdD].*"));
	}

	private static String name(String fileName) {
		return (fileName == null || fileName.isBlank()) ? "file" : fileName.strip();
	}

	record RowError(int row, String field, String message) {

	}

	private record SheetRow(int number, List<String> cells) {

	}

}
