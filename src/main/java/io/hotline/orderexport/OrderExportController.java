package io.hotline.orderexport;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.hotline.org.Actor;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;
import io.hotline.platform.export.TableDownload;
import io.hotline.platform.export.TableFormat;
import io.hotline.workorder.OrderListParameters;
import io.hotline.workorder.OrderQuery;
import io.hotline.workorder.OrderSearch;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/orders/export?format=csv|xlsx&…}: every order the list's filters select
 * for the user (the parameters of {@code GET /api/orders}, page and size aside), in the
 * list's order, at most {@value #MAX_ROWS}: more is refused, asking for a narrower
 * filter, rather than cut without notice. Each export is audited with its filter and
 * size.
 */
@RestController
@RequestMapping("/api/orders/export")
class OrderExportController {

	static final int MAX_ROWS = 10_000;

	private final OrderSearch search;

	private final OrderColumns columns;

	private final AuditTrail audit;

	OrderExportController(OrderSearch search, OrderColumns columns, AuditTrail audit) {
		this.search = search;
		this.columns = columns;
		this.audit = audit;
	}

	@GetMapping
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
			@RequestParam(required = false) String name, OrderListParameters parameters, Actor actor, Locale locale,
			HttpServletRequest request) {
		TableFormat to = TableFormat.parse(format);
		OrderQuery query = parameters.query();
		long count = this.search.count(query, actor);
		if (count > MAX_ROWS) {
			throw Problem.invalid("orderlist.export-too-many", MAX_ROWS, count);
		}
		OrderColumns.Reader reader = this.columns.reader(locale);
		String title = (name == null || name.isBlank()) ? reader.defaultName() : name.strip();
		this.audit.record(actor.username(), "EXPORT", "orders", "OK",
				to.extension() + ", " + count + " rows, " + filter(request));
		return TableDownload.of(to, title, reader.header(),
				(table) -> this.search.each(query, actor, MAX_ROWS, (order) -> reader.write(order, table)));
	}

	/** The filter as asked, for the audit trail. */
	private static String filter(HttpServletRequest request) {
		String asked = request.getQueryString();
		if (asked == null) {
			return "no filter";
		}
		asked = URLDecoder.decode(asked, StandardCharsets.UTF_8);
		return asked.length() > 500 ? asked.substring(0, 500) + "…" : asked;
	}

}
