package io.hotline.province.hub;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;
import io.hotline.platform.export.TableDownload;
import io.hotline.platform.export.TableFormat;
import io.hotline.province.ProvincialNode;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * 省级督办 over HTTP: a provincial supervisor supervises a city's order (due in some working
 * days) and reminds it (催办); the commands, how far each got (queued, delivered to the
 * city, done) and the city's case of each supervision (reminded, escalated, closed) are
 * listed, filtered, sorted, paged and exported.
 */
@RestController
@Conditional(ProvincialNode.class)
class ProvincialSupervisionController {

	private static final int EXPORT_ROWS = 10_000;

	private static final List<String> HEADER_ZH = List.of("编号", "城市", "工单号", "类型", "督办意见", "督办人", "督办时间", "送达城市时间",
			"城市办理时间", "结果", "状态", "督办期限(工作日)", "所催督办", "督办件状态", "督办件期限", "催办次数", "升级时间", "结束时间", "结束说明");

	private static final List<String> HEADER_EN = List.of("id", "city", "number", "kind", "note", "by", "at",
			"delivered at", "done at", "outcome", "state", "working days", "reminds supervision", "case status",
			"case deadline", "reminders", "escalated at", "closed at", "closing note");

	record Supervision(String note, Integer days) {

	}

	record Reminder(String note) {

	}

	private final ProvincialSupervision supervision;

	private final AuditTrail audit;

	ProvincialSupervisionController(ProvincialSupervision supervision, AuditTrail audit) {
		this.supervision = supervision;
		this.audit = audit;
	}

	@PostMapping("/api/province/orders/{city}/{orderId}/supervise")
	ProvincialSupervision.Command supervise(@PathVariable String city, @PathVariable long orderId,
			@RequestBody(required = false) Supervision body, Actor actor) {
		actor.requireAny(Role.ADMIN, Role.SUPERVISOR);
		return this.supervision.supervise(ProvinceController.code(city), orderId, (body == null) ? null : body.note(),
				(body == null) ? null : body.days(), actor);
	}

	@PostMapping("/api/province/commands/{id}/remind")
	ProvincialSupervision.Command remind(@PathVariable long id, @RequestBody(required = false) Reminder body,
			Actor actor) {
		actor.requireAny(Role.ADMIN, Role.SUPERVISOR);
		return this.supervision.remind(id, (body == null) ? null : body.note(), actor);
	}

	@GetMapping("/api/province/commands")
	ProvincialSupervision.Page commands(@RequestParam(required = false) String city,
			@RequestParam(required = false) String state, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String caseStatus, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(required = false) String offset,
			@RequestParam(required = false) String limit, Actor actor) {
		actor.requireAny(ProvinceController.READERS);
		return this.supervision.page(filter(city, state, kind, caseStatus), ListParameters.of(sort, dir, offset, limit,
				ProvincialSupervision.SORTS.keySet(), "createdAt", true, 50, 500));
	}

	@GetMapping("/api/province/commands/export")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
			@RequestParam(required = false) String city, @RequestParam(required = false) String state,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String caseStatus,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Actor actor,
			Locale locale) {
		actor.requireAny(ProvinceController.READERS);
		TableFormat as = TableFormat.parse(format);
		ProvincialSupervision.Page page = this.supervision.page(filter(city, state, kind, caseStatus),
				ListParameters.of(sort, dir, "0", Integer.toString(EXPORT_ROWS), ProvincialSupervision.SORTS.keySet(),
						"createdAt", true, 50, EXPORT_ROWS));
		if (page.total() > EXPORT_ROWS) {
			throw Problem.invalid("export.too-many-rows", EXPORT_ROWS, page.total());
		}
		this.audit.record(actor.username(), "EXPORT", "province-commands", "OK",
				as.extension() + ", " + page.items().size());
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return TableDownload.of(as, english ? "Provincial supervision" : "省级督办", english ? HEADER_EN : HEADER_ZH,
				(table) -> {
					for (ProvincialSupervision.Command c : page.items()) {
						ProvincialSupervision.Case k = c.supervisionCase();
						table.row(Arrays.asList(c.id(), c.cityName(), c.number(), c.kind(), c.note(), c.actor(),
								c.createdAt(), c.deliveredAt(), c.doneAt(), c.outcome(), c.state(), c.days(),
								c.supervisionId(), (k == null) ? null : k.status(), (k == null) ? null : k.deadline(),
								(k == null) ? null : k.reminders(), (k == null) ? null : k.escalatedAt(),
								(k == null) ? null : k.closedAt(), (k == null) ? null : k.closeNote()));
					}
				});
	}

	private static ProvincialSupervision.Filter filter(String city, String state, String kind, String caseStatus) {
		String place = (city == null || city.isBlank()) ? null : ProvinceController.code(city);
		return new ProvincialSupervision.Filter(place, word(state), null, word(kind), word(caseStatus));
	}

	private static String word(String text) {
		return (text == null || text.isBlank()) ? null : text.strip().toUpperCase(Locale.ROOT);
	}

}
