package io.hotline.platform.export;

import java.util.Locale;

import io.hotline.platform.Problem;

import org.springframework.http.MediaType;

/**
 * The files a list is exported to: CSV (UTF-8, with a byte-order mark for Excel) and
 * Excel.
 */
public enum TableFormat {

	CSV("csv", "text/csv;charset=UTF-8"),

	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String extension;

	private final MediaType mediaType;

	TableFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = MediaType.parseMediaType(mediaType);
	}

	/**
	 * The format a request names ({@code csv} or {@code xlsx}); a clear refusal
	 * otherwise.
	 */
	public static TableFormat parse(String name) {
		String wanted = (name == null) ? "" : name.strip().toLowerCase(Locale.ROOT);
		for (TableFormat format : values()) {
			if (format.extension.equals(wanted)) {
				return format;
			}
		}
		throw Problem.invalid("export.bad-format", name);
	}

	public String extension() {
		return this.extension;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

}
