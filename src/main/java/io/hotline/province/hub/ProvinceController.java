package io.hotline.province.hub;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.DateParameter;
import io.hotline.platform.InputText;
import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;
import io.hotline.platform.export.TableDownload;
import io.hotline.platform.export.TableFormat;
import io.hotline.province.ProvincialNode;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The provincial platform's view of its cities (administrators, supervisors and analysts
 * of the province): the cities and how they are heard, their orders (filtered, sorted,
 * paged, exported) with timelines, and their figures.
 */
@RestController
@Conditional(ProvincialNode.class)
class ProvinceController {

	/** Who reads what the province holds of its cities. */
	static final Role[] READERS = { Role.ADMIN, Role.SUPERVISOR, Role.ANALYST };

	private static final int EXPORT_ROWS = 10_000;

	private static final Set<String> STATUSES = Set.of("REGISTERED", "DISPATCHED", "HANDLING", "RETURNED", "REPLIED",
			"REOPENED", "CLOSED");

	private static final List<String> HEADER_ZH = List.of("城市", "工单号", "状态", "类型", "渠道", "紧急程度", "标题", "分类编码", "分类",
			"区县编码", "承办单位", "督办", "办理时限", "登记时间", "办结时间", "满意度", "是否解决", "省平台收到时间");

	private static final List<String> HEADER_EN = List.of("city", "number", "status", "type", "channel", "urgency",
			"title", "category code", "category", "district code", "unit", "supervised", "deadline", "registered at",
			"closed at", "satisfaction", "resolved", "received at");

	private final ProvinceOrders orders;

	private final ProvinceKpis kpis;

	private final CityNodes cities;

	private final AuditTrail audit;

	ProvinceController(ProvinceOrders orders, ProvinceKpis kpis, CityNodes cities, AuditTrail audit) {
		this.orders = orders;
		this.kpis = kpis;
		this.cities = cities;
		this.audit = audit;
	}

	@GetMapping("/api/province/cities")
	List<CityNodes.City> cities(Actor actor) {
		actor.requireAny(READERS);
		return this.cities.cities();
	}

	@GetMapping("/api/province/orders")
	ProvinceOrders.Page orders(@RequestParam(required = false) String city,
			@RequestParam(required = false) String status, @RequestParam(required = false) String type,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String category,
			@RequestParam(required = false) String district, @RequestParam(required = false) String supervised,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(required = false) String offset,
			@RequestParam(required = false) String limit, Actor actor) {
		actor.requireAny(READERS);
		return this.orders.page(filter(city, status, type, channel, category, district, supervised, from, to, q),
				ListParameters.of(sort, dir, offset, limit, ProvinceOrders.SORTS.keySet(), "createdAt", true, 50, 500));
	}

	@GetMapping("/api/province/orders/export")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
			@RequestParam(required = false) String city, @RequestParam(required = false) String status,
			@RequestParam(required = false) String type, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String category, @RequestParam(required = false) String district,
			@RequestParam(required = false) String supervised, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Actor actor,
			Locale locale) {
		actor.requireAny(READERS);
		TableFormat as = TableFormat.parse(format);
		ProvinceOrders.Page page = this.orders.page(
				filter(city, status, type, channel, category, district, supervised, from, to, q),
				ListParameters.of(sort, dir, "0", Integer.toString(EXPORT_ROWS), ProvinceOrders.SORTS.keySet(),
						"createdAt", true, 50, EXPORT_ROWS));
		if (page.total() > EXPORT_ROWS) {
			throw Problem.invalid("export.too-many-rows", EXPORT_ROWS, page.total());
		}
		this.audit.record(actor.username(), "EXPORT", "province-orders", "OK",
				as.extension() + ", " + page.items().size() + " orders" + ((city == null) ? "" : ", city " + city));
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return TableDownload.of(as, english ? "Orders of the cities" : "各市工单", english ? HEADER_EN : HEADER_ZH,
				(table) -> {
					for (ProvinceOrders.Line o : page.items()) {
						table.row(Arrays.asList(o.cityName(), o.number(), o.status(), o.type(), o.channel(),
								o.urgency(), o.title(), o.categoryCode(), o.categoryName(), o.districtCode(),
								o.unitName(), o.supervised(), o.deadline(), o.createdAt(), o.closedAt(),
								o.satisfaction(), o.resolved(), o.receivedAt()));
					}
				});
	}

	@GetMapping("/api/province/orders/{city}/{orderId}")
	ProvinceOrders.Detail order(@PathVariable String city, @PathVariable long orderId, Actor actor) {
		actor.requireAny(READERS);
		ProvinceOrders.Detail detail = this.orders.one(code(city), orderId);
		this.audit.record(actor.username(), "READ", "province-order", "OK", city + "/" + orderId);
		return detail;
	}

	@GetMapping("/api/province/kpis")
	ProvinceKpis.Table kpis(@RequestParam(required = false) String groupBy, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String city, Actor actor) {
		actor.requireAny(READERS);
		return this.kpis.table(groupBy, DateParameter.parse("from", from, "province.bad-date", null),
				DateParameter.parse("to", to, "province.bad-date", null),
				(city == null || city.isBlank()) ? null : code(city));
	}

	private static ProvinceOrders.Filter filter(String city, String status, String type, String channel,
			String category, String district, String supervised, String from, String to, String q) {
		String state = blankless(status);
		if (state != null && !STATUSES.contains(state)) {
			throw Problem.invalid("province.bad-status", state, String.join(", ", STATUSES));
		}
		Boolean flagged = switch ((supervised == null) ? "" : supervised.strip()) {
			case "" -> null;
			case "true" -> true;
			case "false" -> false;
			default -> throw Problem.invalid("province.bad-flag", "supervised", supervised);
		};
		String words = blankless(q);
		return new ProvinceOrders.Filter((blankless(city) == null) ? null : code(city), state, blankless(type),
				blankless(channel), blankless(category), (blankless(district) == null) ? null : code(district), flagged,
				DateParameter.parse("from", from, "province.bad-date", null),
				DateParameter.parse("to", to, "province.bad-date", null),
				(words == null) ? null : InputText.limited(words, "q", 100));
	}

	/** A division code from outside, refused with a 400 naming it. */
	static String code(String code) {
		String digits = code.strip();
		if (!digits.matches("\\d{2,12}")) {
			throw Problem.invalid("province.bad-code", code);
		}
		return digits;
	}

	private static String blankless(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
