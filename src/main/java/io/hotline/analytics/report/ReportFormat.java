package io.hotline.analytics.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.hotline.platform.Problem;

import org.springframework.http.MediaType;

/**
 * The forms a report is read in: HTML (the preview), PDF (to print), Word (.docx, to
 * edit) and Excel (.xlsx, its tables to compute with). Word and Excel are written from
 * the report's HTML, so an issued report converts as it was kept.
 */
enum ReportFormat {

	HTML(new MediaType("text", "html", StandardCharsets.UTF_8)), PDF(MediaType.APPLICATION_PDF),
	DOCX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
	XLSX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

	final MediaType mediaType;

	ReportFormat(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	static ReportFormat of(String format) {
		String f = (format == null || format.isBlank()) ? "HTML" : format.strip().toUpperCase(Locale.ROOT);
		try {
			return valueOf(f);
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("report.bad-format", format);
		}
	}

	String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The report in this form, from its HTML and the PDF made of it. */
	byte[] bytes(String html, java.util.function.Supplier<byte[]> pdf) {
		switch (this) {
			case PDF:
				return pdf.get();
			case DOCX:
				return ReportDocx.of(html);
			case XLSX:
				return ReportXlsx.of(html);
			default:
				return html.getBytes(StandardCharsets.UTF_8);
		}
	}

}
