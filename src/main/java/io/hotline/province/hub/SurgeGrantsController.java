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
 * 多援一 granted over HTTP: a provincial supervisor grants a city that asked for help the
 * agents of another city; the grants and how far each got are listed, filtered, sorted,
 * paged and exported (the one-time codes never: only the cities see them).
 */
@RestController
@Conditional(ProvincialNode.class)
class SurgeGrantsController {

	private static final int EXPORT_ROWS = 10_000;

	private static final List<String> HEADER_ZH = List.of("编号", "受援城市", "支援城市", "坐席数", "截止时间", "说明", "派遣人", "派遣时间",
			"送达受援城市", "账号开通", "支援城市已领取", "账号", "状态");

	private static final List<String> HEADER_EN = List.of("id", "helped city", "helping city", "agents", "until",
			"note", "by", "at", "delivered", "accounts made", "received by helper", "accounts", "state");

	record GrantAsked(String helper, Integer agents, Integer hours, String note) {

	}

	private final SurgeGrants grants;

	private final AuditTrail audit;

	SurgeGrantsController(SurgeGrants grants, AuditTrail audit) {
		this.grants = grants;
		this.audit = audit;
	}

	@PostMapping("/api/province/surges/{city}/grants")
	SurgeGrants.Grant grant(@PathVariable String city, @RequestBody(required = false) GrantAsked body, Actor actor) {
		actor.requireAny(Role.ADMIN, Role.SUPERVISOR);
		GrantAsked asked = (body == null) ? new GrantAsked(null, null, null, null) : body;
		return this.grants.grant(ProvinceController.code(city), asked.helper(), asked.agents(), asked.hours(),
				asked.note(), actor);
	}

	@GetMapping("/api/province/surges/grants")
	SurgeGrants.Page page(@RequestParam(required = false) String city, @RequestParam(required = false) String helper,
			@RequestParam(required = false) String state, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(required = false) String offset,
			@RequestParam(required = false) String limit, Actor actor) {
		actor.requireAny(ProvinceController.READERS);
		return this.grants.page(filter(city, helper, state),
				ListParameters.of(sort, dir, offset, limit, SurgeGrants.SORTS.keySet(), "grantedAt", true, 50, 500));
	}

	@GetMapping("/api/province/surges/grants/export")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
			@RequestParam(required = false) String city, @RequestParam(required = false) String helper,
			@RequestParam(required = false) String state, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Actor actor, Locale locale) {
		actor.requireAny(ProvinceController.READERS);
		TableFormat as = TableFormat.parse(format);
		SurgeGrants.Page page = this.grants.page(filter(city, helper, state), ListParameters.of(sort, dir, "0",
				Integer.toString(EXPORT_ROWS), SurgeGrants.SORTS.keySet(), "grantedAt", true, 50, EXPORT_ROWS));
		if (page.total() > EXPORT_ROWS) {
			throw Problem.invalid("export.too-many-rows", EXPORT_ROWS, page.total());
		}
		this.audit.record(actor.username(), "EXPORT", "province-surge-grants", "OK",
				as.extension() + ", " + page.items().size());
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return TableDownload.of(as, english ? "Help granted" : "多援一派遣", english ? HEADER_EN : HEADER_ZH, (table) -> {
			for (SurgeGrants.Grant g : page.items()) {
				table.row(Arrays.asList(g.id(), g.cityName(), g.helperName(), g.agents(), g.until(), g.note(),
						g.grantedBy(), g.grantedAt(), g.deliveredAt(), g.accountsAt(), g.receivedAt(),
						String.join(" ", g.usernames()), g.state()));
			}
		});
	}

	private static SurgeGrants.Filter filter(String city, String helper, String state) {
		return new SurgeGrants.Filter(blank(city) ? null : ProvinceController.code(city),
				blank(helper) ? null : ProvinceController.code(helper),
				blank(state) ? null : state.strip().toUpperCase(Locale.ROOT), null);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
