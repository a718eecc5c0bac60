package io.hotline.assist;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.hotline.org.Actor;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.ListParameters;
import io.hotline.platform.export.TableDownload;
import io.hotline.platform.export.TableFormat;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The scripts (话术): listed for staff (filtered, sorted, paged, exported), edited by
 * administrators and quality officers.
 */
@RestController
class ScriptController {

	private static final List<String> HEADER_ZH = List.of("编码", "名称", "场景", "工单类型", "分类", "紧急服务", "话术", "顺序", "启用",
			"版本", "更新人", "更新时间");

	private static final List<String> HEADER_EN = List.of("Code", "Name", "Situation", "Order type", "Category",
			"Service", "Text", "Position", "Enabled", "Version", "Changed by", "Changed at");

	private final Scripts scripts;

	private final AuditTrail audit;

	ScriptController(Scripts scripts, AuditTrail audit) {
		this.scripts = scripts;
		this.audit = audit;
	}

	@GetMapping("/api/assist/scripts")
	Scripts.Page list(@RequestParam(required = false) String situation, @RequestParam(required = false) String enabled,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(required = false) String offset,
			@RequestParam(required = false) String limit, Actor actor) {
		return this.scripts.page(situation, enabled, q,
				ListParameters.of(sort, dir, offset, limit, Scripts.SORTS.keySet(), "position", false, 50, 500), actor);
	}

	@GetMapping("/api/assist/scripts/export")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
			@RequestParam(required = false) String situation, @RequestParam(required = false) String enabled,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Actor actor, Locale locale) {
		TableFormat as = TableFormat.parse(format);
		Scripts.Page page = this.scripts.page(situation, enabled, q,
				ListParameters.of(sort, dir, null, null, Scripts.SORTS.keySet(), "position", false, 10_000, 10_000),
				actor);
		this.audit.record(actor.username(), "EXPORT", "assist-scripts", "OK",
				as.extension() + ", " + page.items().size() + " rows");
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return TableDownload.of(as, english ? "Scripts" : "话术", english ? HEADER_EN : HEADER_ZH, (table) -> {
			for (Script r : page.items()) {
				table.row(Arrays.asList(r.code(), r.name(), r.situation().name(), r.orderType(), r.categoryCode(),
						r.service(), r.text(), r.position(), r.enabled(), r.version(), r.changedBy(), r.changedAt()));
			}
		});
	}

	@PostMapping("/api/assist/scripts")
	ResponseEntity<Script> create(@RequestBody(required = false) ScriptInput body, Actor actor) {
		Script script = this.scripts.create(body, actor);
		return ResponseEntity.created(URI.create("/api/assist/scripts/" + script.id())).body(script);
	}

	@PutMapping("/api/assist/scripts/{id}")
	Script update(@PathVariable long id, @RequestBody(required = false) ScriptInput body, Actor actor) {
		return this.scripts.update(id, body, actor);
	}

	@DeleteMapping("/api/assist/scripts/{id}")
	ResponseEntity<Void> delete(@PathVariable long id, Actor actor) {
		this.scripts.delete(id, actor);
		return ResponseEntity.noContent().build();
	}

}
