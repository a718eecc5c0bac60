package io.hotline.address.web;

import io.hotline.address.AddressRecognizer;
import io.hotline.org.Actor;
import io.hotline.platform.Problem;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/nlp/address}: the district, street and community a text names, for any
 * signed-in user (intake fills an order's location with it, the agent confirms it).
 */
@RestController
class AddressController {

	static final int LONGEST_TEXT = 2_000;

	private final AddressRecognizer recognizer;

	AddressController(AddressRecognizer recognizer) {
		this.recognizer = recognizer;
	}

	@PostMapping("/api/nlp/address")
	AddressAnswer recognize(@RequestBody(required = false) TextRequest body, Actor actor) {
		if (body == null) {
			throw Problem.invalid("request.body-required");
		}
		if (body.text() == null || body.text().isBlank()) {
			throw Problem.invalid("request.required", "text");
		}
		if (body.text().length() > LONGEST_TEXT) {
			throw Problem.invalid("request.too-long", "text", LONGEST_TEXT);
		}
		return AddressAnswer.of(this.recognizer.recognize(body.text()));
	}

	record TextRequest(String text) {

	}

}
