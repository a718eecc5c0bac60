package io.hotline.platform.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A list as a file the browser saves: named after the list and the day
 * ({@code 派单队列-2026-12-06.xlsx}), written while it is sent.
 */
public final class TableDownload {

	private TableDownload() {
	}

	/** Rows the caller writes onto the table. */
	@FunctionalInterface
	public interface Rows {

		void writeTo(TableWriter table) throws IOException;

	}

	public static ResponseEntity<StreamingResponseBody> of(TableFormat format, String name, List<String> header,
			Rows rows) {
		String file = TableWriter.fileName(name) + "-" + LocalDate.now() + "." + format.extension();
		StreamingResponseBody body = (out) -> {
			try (TableWriter table = TableWriter.of(format, name, header, out)) {
				rows.writeTo(table);
			}
		};
		return ResponseEntity.ok()
			.contentType(format.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

}
