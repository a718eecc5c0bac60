package io.hotline.portal.web;

import io.hotline.portal.PortalPhotos;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored photo as an answer: its checked type, cached by the browser alone, never
 * sniffed into anything else and never run as a document of its own.
 */
final class PhotoAnswers {

	private PhotoAnswers() {
	}

	static ResponseEntity<byte[]> of(PortalPhotos.Photo photo) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.type()))
			.cacheControl(CacheControl.empty().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.body(photo.bytes());
	}

}
