package io.hotline.opendata.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import io.hotline.opendata.OpenData;
import io.hotline.opendata.OpenDataOrder;
import io.hotline.org.Actor;
import io.hotline.platform.Problem;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/open-data/orders?month=2026-10&format=csv|json} (docs/open-data.md).
 */
@RestController
class OpenDataController {

	private final OpenData openData;

	OpenDataController(OpenData openData) {
		this.openData = openData;
	}

	@GetMapping("/api/open-data/orders")
	ResponseEntity<String> orders(@RequestParam(required = false) String month,
			@RequestParam(required = false, defaultValue = "json") String format, Actor actor) {
		YearMonth which = OpenData.month(month);
		String kind = format.strip().toLowerCase(Locale.ROOT);
		if (!kind.equals("csv") && !kind.equals("json")) {
			throw Problem.invalid("open-data.bad-format", format);
		}
		List<OpenDataOrder> orders = this.openData.orders(which, actor);
		String file = "orders-" + which + "." + kind;
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + file + "\"");
		if (kind.equals("csv")) {
			return answer.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(OpenData.csv(orders));
		}
		return answer.contentType(MediaType.APPLICATION_JSON).body(OpenData.json(which, orders));
	}

}
