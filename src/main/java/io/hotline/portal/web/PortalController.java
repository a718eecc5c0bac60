package io.hotline.portal.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.hotline.platform.Problem;
import io.hotline.portal.Portal;
import io.hotline.portal.PortalLimits;
import io.hotline.portal.PortalPhotos;
import io.hotline.workorder.Satisfaction;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The citizen portal's public API: no account, no session, no CSRF token; submissions and
 * lookups by private token are limited per client address (its
 * {@code request.getRemoteAddr()}, which is the forwarded one only where
 * {@code server.forward-headers-strategy} says so).
 */
@RestController
class PortalController {

	private final Portal portal;

	private final PortalPhotos photos;

	private final PortalLimits limits;

	PortalController(Portal portal, PortalPhotos photos, PortalLimits limits) {
		this.portal = portal;
		this.photos = photos;
		this.limits = limits;
	}

	@GetMapping("/api/public/categories")
	List<Portal.CategoryChoice> categories(@RequestParam(name = "q", required = false) String keyword) {
		return this.portal.categories(keyword);
	}

	/**
	 * Categories for the citizen's own text (不确定), limited like the portal's searches.
	 */
	@PostMapping("/api/public/category-suggestions")
	List<Portal.CategoryChoice> suggest(@RequestBody(required = false) TextBody body, HttpServletRequest request) {
		this.limits.admitSearch(request.getRemoteAddr());
		return this.portal.suggest(body == null ? null : body.text());
	}

	/**
	 * Tracking by tracking number and phone: the order and a private link to it; a wrong
	 * pair is 404 whichever is wrong, and guesses are limited per client.
	 */
	@PostMapping("/api/public/tracking")
	Portal.Tracked track(@RequestBody(required = false) TrackBody body, HttpServletRequest request) {
		this.limits.admitTrack(request.getRemoteAddr());
		TrackBody b = body == null ? new TrackBody(null, null) : body;
		return this.portal.trackByNumber(b.number(), b.phone());
	}

	/** 201 with the tracking number and the private link, shown only this once. */
	@PostMapping(path = "/api/public/orders", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Portal.Receipt> submit(@RequestParam(name = "categoryCode", required = false) String categoryCode,
			@RequestParam(name = "content", required = false) String content,
			@RequestParam(name = "address", required = false) String address,
			@RequestParam(name = "phone", required = false) String phone,
			@RequestParam(name = "photo", required = false) MultipartFile photo, HttpServletRequest request)
			throws IOException {
		String client = request.getRemoteAddr();
		this.limits.admitSubmission(client);
		byte[] bytes = null;
		String type = null;
		if (photo != null && !photo.isEmpty()) {
			if (photo.getSize() > Portal.MAX_PHOTO) {
				throw Problem.tooLarge("portal.photo-too-large", Portal.MAX_PHOTO / (1024 * 1024));
			}
			bytes = photo.getBytes();
			type = photo.getContentType();
		}
		Portal.Receipt receipt = this.portal
			.submit(new Portal.Submission(categoryCode, content, address, phone, bytes, type), client);
		return ResponseEntity.created(URI.create("/api/public/orders/" + receipt.token())).body(receipt);
	}

	@GetMapping("/api/public/orders/{token}")
	Portal.Tracking track(@PathVariable String token, HttpServletRequest request) {
		this.limits.admitLookup(request.getRemoteAddr());
		return this.portal.track(token);
	}

	/** The photo sent with the request; 404 without one. */
	@GetMapping("/api/public/orders/{token}/photo")
	ResponseEntity<byte[]> photo(@PathVariable String token, HttpServletRequest request) {
		this.limits.admitLookup(request.getRemoteAddr());
		return PhotoAnswers.of(this.photos.forCitizen(token));
	}

	@PostMapping("/api/public/orders/{token}/rating")
	@ResponseStatus(HttpStatus.CREATED)
	Portal.Rating rate(@PathVariable String token, @RequestBody(required = false) RatingBody body,
			HttpServletRequest request) {
		this.limits.admitLookup(request.getRemoteAddr());
		RatingBody rating = body == null ? new RatingBody(null, null) : body;
		return this.portal.rate(token, rating.satisfaction(), rating.comment());
	}

	record TextBody(String text) {

	}

	record TrackBody(String number, String phone) {

	}

	record RatingBody(Satisfaction satisfaction, String comment) {

	}

}
