package io.hotline.training;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.hotline.org.Actor;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.ListParameters;
import io.hotline.platform.export.TableDownload;
import io.hotline.platform.export.TableFormat;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Progress and weak topics over HTTP: the list (paged, exported) and one agent. */
@RestController
@RequestMapping("/api/training")
class ProgressController {

	private static final List<String> HEADER_ZH = List.of("坐席", "姓名", "班组", "开始培训", "应考", "已考", "通过", "未通过", "平均分",
			"最近得分", "最近考试", "薄弱主题");

	private static final List<String> HEADER_EN = List.of("Agent", "Name", "Group", "Training since", "Assigned",
			"Taken", "Passed", "Failed", "Mean score", "Last score", "Last exam", "Weak topics");

	private final Progress progress;

	private final AuditTrail audit;

	ProgressController(Progress progress, AuditTrail audit) {
		this.progress = progress;
		this.audit = audit;
	}

	@GetMapping("/progress")
	Page<ProgressRow> list(@RequestParam(required = false) String q, @RequestParam(required = false) String group,
			@RequestParam(required = false) String since, @RequestParam(required = false) String result,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(required = false) String offset, @RequestParam(required = false) String limit, Actor actor) {
		return this.progress.page(Progress.Filter.of(q, group, since, result),
				ListParameters.of(sort, dir, offset, limit, ProgressStore.SORTS.keySet(), "lastAt", true, 20, 500),
				actor);
	}

	@GetMapping("/progress/export")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String group,
			@RequestParam(required = false) String since, @RequestParam(required = false) String result,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Actor actor,
			Locale locale) {
		TableFormat as = TableFormat.parse(format);
		Page<ProgressRow> page = this.progress.page(Progress.Filter.of(q, group, since, result),
				ListParameters.of(sort, dir, null, null, ProgressStore.SORTS.keySet(), "lastAt", true, 10_000, 10_000),
				actor);
		this.audit.record(actor.username(), "EXPORT", "training-progress", "OK",
				as.extension() + ", " + page.items().size() + " rows");
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return TableDownload.of(as, english ? "Training progress" : "培训进度", english ? HEADER_EN : HEADER_ZH,
				(table) -> {
					for (ProgressRow r : page.items()) {
						table.row(Arrays.asList(r.username(), r.displayName(), r.group(), r.firstAt(), r.assigned(),
								r.taken(), r.passed(), r.failed(), r.averageScore(), r.lastScore(), r.lastAt(),
								String.join("、", r.weakTopics())));
					}
				});
	}

	@GetMapping("/agents/{username}/progress")
	Progress.AgentProgress agent(@PathVariable String username, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Actor actor) {
		return this.progress.of(username, from, to, actor);
	}

}
