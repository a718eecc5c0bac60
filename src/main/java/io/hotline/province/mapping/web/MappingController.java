package io.hotline.province.mapping.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hotline.org.Actor;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;
import io.hotline.platform.export.TableDownload;
import io.hotline.platform.export.TableFormat;
import io.hotline.province.ProvincialNode;
import io.hotline.province.mapping.CategoryMappings;
import io.hotline.province.mapping.Coverage;
import io.hotline.province.mapping.MappingFilter;
import io.hotline.province.mapping.MappingRow;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * 分类映射 over HTTP, on a provincial platform: the list (paged, exported), decisions,
 * coverage.
 */
@RestController
@Conditional(ProvincialNode.class)
@RequestMapping("/api/province/mappings")
class MappingController {

	private static final List<String> HEADER_ZH = List.of("城市", "城市分类编码", "城市分类", "工单数", "建议标准分类编码", "建议标准分类", "置信度",
			"确认标准分类编码", "确认标准分类", "状态", "确认人", "确认时间");

	private static final List<String> HEADER_EN = List.of("City", "City category code", "City category", "Orders",
			"Suggested code", "Suggested standard category", "Confidence", "Confirmed code",
			"Confirmed standard category", "State", "Decided by", "Decided at");

	private final CategoryMappings mappings;

	private final AuditTrail audit;

	MappingController(CategoryMappings mappings, AuditTrail audit) {
		this.mappings = mappings;
		this.audit = audit;
	}

	@GetMapping
	CategoryMappings.Page list(@RequestParam(required = false) String city,
			@RequestParam(required = false) String state, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(required = false) String offset, @RequestParam(required = false) String limit, Actor actor) {
		return this.mappings.page(MappingFilter.of(city, state, q),
				ListParameters.of(sort, dir, offset, limit, CategoryMappings.sorts(), "city", false, 50, 500), actor);
	}

	@GetMapping("/export")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
			@RequestParam(required = false) String city, @RequestParam(required = false) String state,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Actor actor, Locale locale) {
		TableFormat as = TableFormat.parse(format);
		CategoryMappings.Page page = this.mappings.page(MappingFilter.of(city, state, q),
				ListParameters.of(sort, dir, null, null, CategoryMappings.sorts(), "city", false, 10_000, 10_000),
				actor);
		this.audit.record(actor.username(), "EXPORT", "category-mappings", "OK",
				as.extension() + ", " + page.rows().size() + " rows");
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return TableDownload.of(as, english ? "Category mappings" : "分类映射", english ? HEADER_EN : HEADER_ZH,
				(table) -> {
					for (MappingRow r : page.rows()) {
						table.row(Arrays.asList(r.city(), r.cityCode(), r.cityPath(), r.orders(), r.suggestedCode(),
								r.suggestedPath(), r.confidence(), r.standardCode(), r.standardPath(), r.state().name(),
								r.decidedBy(), r.decidedAt()));
					}
				});
	}

	/**
	 * Body {@code {"standardCode": "010101"}}, or {@code {"standardCode": null}}: no
	 * standard category corresponds.
	 */
	@PutMapping("/{city}/{cityCode}")
	MappingRow confirm(@PathVariable String city, @PathVariable String cityCode, @RequestBody Map<String, Object> body,
			Actor actor) {
		if (body == null || !body.containsKey("standardCode")) {
			throw Problem.invalid("mapping.standard-missing");
		}
		Object code = body.get("standardCode");
		if (code != null && !(code instanceof String)) {
			throw Problem.invalid("mapping.standard-not-text", String.valueOf(code));
		}
		return this.mappings.confirm(city, cityCode, (String) code, actor);
	}

	@PostMapping("/{city}/suggest")
	Map<String, Object> suggest(@PathVariable String city, Actor actor) {
		return Map.of("city", city, "suggested", this.mappings.suggest(city, actor));
	}

	@GetMapping("/coverage")
	List<Coverage> coverage(Actor actor) {
		return this.mappings.coverage(actor);
	}

}
