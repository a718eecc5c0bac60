package io.hotline.province.hub;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.hotline.org.Actor;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;
import io.hotline.platform.export.TableDownload;
import io.hotline.platform.export.TableFormat;
import io.hotline.province.ProvincialNode;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The province's list of orders across cities (跨市转办, 上交省级): filtered by sender, receiver
 * and state, sorted, paged and exported.
 */
@RestController
@Conditional(ProvincialNode.class)
class ProvinceTransfersController {

	private static final int EXPORT_ROWS = 10_000;

	private static final List<String> HEADER_ZH = List.of("编号", "转出城市", "原工单号", "转至", "转办原因", "转办人", "转办时间", "送达时间",
			"受理时间", "受理工单号", "状态");

	private static final List<String> HEADER_EN = List.of("id", "from", "number there", "to", "reason", "by", "at",
			"delivered at", "registered at", "number here", "state");

	private final ProvinceTransfers transfers;

	private final AuditTrail audit;

	ProvinceTransfersController(ProvinceTransfers transfers, AuditTrail audit) {
		this.transfers = transfers;
		this.audit = audit;
	}

	@GetMapping("/api/province/transfers")
	ProvinceTransfers.Page transfers(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String state,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(required = false) String offset, @RequestParam(required = false) String limit, Actor actor) {
		actor.requireAny(ProvinceController.READERS);
		return this.transfers.page(filter(from, to, state), ListParameters.of(sort, dir, offset, limit,
				ProvinceTransfers.SORTS.keySet(), "createdAt", true, 50, 500));
	}

	@GetMapping("/api/province/transfers/export")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String state, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Actor actor, Locale locale) {
		actor.requireAny(ProvinceController.READERS);
		TableFormat as = TableFormat.parse(format);
		ProvinceTransfers.Page page = this.transfers.page(filter(from, to, state), ListParameters.of(sort, dir, "0",
				Integer.toString(EXPORT_ROWS), ProvinceTransfers.SORTS.keySet(), "createdAt", true, 50, EXPORT_ROWS));
		if (page.total() > EXPORT_ROWS) {
			throw Problem.invalid("export.too-many-rows", EXPORT_ROWS, page.total());
		}
		this.audit.record(actor.username(), "EXPORT", "province-transfers", "OK",
				as.extension() + ", " + page.items().size());
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return TableDownload.of(as, english ? "Orders across cities" : "跨市转办", english ? HEADER_EN : HEADER_ZH,
				(table) -> {
					for (ProvinceTransfers.Transfer t : page.items()) {
						table.row(Arrays.asList(t.id(), t.fromName(), t.fromNumber(), t.toName(), t.reason(), t.actor(),
								t.createdAt(), t.deliveredAt(), t.registeredAt(), t.toNumber(), t.state()));
					}
				});
	}

	private static ProvinceTransfers.Filter filter(String from, String to, String state) {
		return new ProvinceTransfers.Filter(blank(from) ? null : ProvinceController.code(from),
				blank(to) ? null : ProvinceController.code(to), blank(state) ? null : state.strip());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
