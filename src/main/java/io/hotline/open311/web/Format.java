package io.hotline.open311.web;

import io.hotline.platform.Problem;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The formats of the GeoReport answers, chosen by the path's extension. */
enum Format {

	JSON(MediaType.APPLICATION_JSON), XML(MediaType.TEXT_XML);

	private final MediaType mediaType;

	Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	static Format of(String extension) {
		return switch (extension) {
			case "json" -> JSON;
			case "xml" -> XML;
			default -> throw Problem.notFound("open311.unknown-format", extension);
		};
	}

	/** The format of a request's path, JSON where it names none that is known. */
	static Format ofPath(String path) {
		return path != null && path.endsWith(".xml") ? XML : JSON;
	}

	ResponseEntity<String> answer(int status, String root, Object value, JsonMapper json) {
		String body = (this == XML) ? Xml.document(root, value) : json.writeValueAsString(value);
		return ResponseEntity.status(status)
			.contentType(new MediaType(this.mediaType, java.nio.charset.StandardCharsets.UTF_8))
			.body(body);
	}

}
