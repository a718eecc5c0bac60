package io.hotline.training;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.hotline.org.Actor;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;
import io.hotline.platform.export.TableDownload;
import io.hotline.platform.export.TableFormat;

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

/** The question bank over HTTP (QUALITY, ADMIN; the topics also for team leaders). */
@RestController
@RequestMapping("/api/training")
class QuestionController {

	private static final List<String> HEADER_ZH = List.of("编号", "主题", "题型", "题干", "选项", "答案", "状态", "来源", "知识条目", "更新人",
			"更新时间");

	private static final List<String> HEADER_EN = List.of("No.", "Topic", "Kind", "Question", "Options", "Answer",
			"Status", "Source", "Article", "Updated by", "Updated at");

	private final QuestionBank bank;

	private final QuestionStore store;

	private final AuditTrail audit;

	QuestionController(QuestionBank bank, QuestionStore store, AuditTrail audit) {
		this.bank = bank;
		this.store = store;
		this.audit = audit;
	}

	@GetMapping("/topics")
	List<QuestionStore.TopicCount> topics(Actor actor) {
		Exams.requireComposer(actor);
		return this.store.topics();
	}

	@PostMapping("/questions/generate")
	QuestionBank.Generated generate(@RequestBody(required = false) QuestionBank.GenerateRequest request, Actor actor) {
		return this.bank.generate(request, actor);
	}

	@GetMapping("/questions")
	Page<Question> list(@RequestParam(required = false) String status, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(required = false) String offset, @RequestParam(required = false) String limit, Actor actor) {
		QuestionBank.requireReviewer(actor);
		return page(status, topic, kind, q,
				ListParameters.of(sort, dir, offset, limit, QuestionStore.SORTS.keySet(), "id", true, 20, 500));
	}

	@GetMapping("/questions/export")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
			@RequestParam(required = false) String status, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Actor actor,
			Locale locale) {
		QuestionBank.requireReviewer(actor);
		TableFormat as = TableFormat.parse(format);
		Page<Question> page = page(status, topic, kind, q,
				ListParameters.of(sort, dir, null, null, QuestionStore.SORTS.keySet(), "id", true, 10_000, 10_000));
		this.audit.record(actor.username(), "EXPORT", "training-questions", "OK",
				as.extension() + ", " + page.items().size() + " rows");
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return TableDownload.of(as, english ? "Questions" : "题库", english ? HEADER_EN : HEADER_ZH, (table) -> {
			for (Question r : page.items()) {
				table.row(Arrays.asList(r.id(), r.topic(), r.kind(), r.stem(), String.join(" | ", r.options()),
						answer(r), r.status(), r.source(), r.articleId(), r.updatedBy(), r.updatedAt()));
			}
		});
	}

	private static String answer(Question q) {
		return switch (q.kind()) {
			case SINGLE -> q.options().get(q.key().index());
			case TRUE_FALSE -> String.valueOf(q.key().value());
			case SHORT -> String.join("、", q.key().terms());
		};
	}

	private Page<Question> page(String status, String topic, String kind, String q, ListParameters page) {
		String s = blank(status);
		if (s != null && !List.of(Question.DRAFT, Question.PUBLISHED, Question.RETIRED).contains(s)) {
			throw Problem.invalid("request.bad-value", "status", status);
		}
		QuestionKind k = null;
		if (blank(kind) != null) {
			try {
				k = QuestionKind.valueOf(kind.strip());
			}
			catch (IllegalArgumentException ex) {
				throw Problem.invalid("request.bad-value", "kind", kind);
			}
		}
		return this.store.page(s, blank(topic), k, blank(q), page);
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	@PostMapping("/questions")
	Question create(@RequestBody(required = false) QuestionInput input, Actor actor) {
		return this.bank.create(input, actor);
	}

	@GetMapping("/questions/{id}")
	Question read(@PathVariable long id, Actor actor) {
		return this.bank.read(id, actor);
	}

	@PutMapping("/questions/{id}")
	Question update(@PathVariable long id, @RequestBody(required = false) QuestionInput input, Actor actor) {
		return this.bank.update(id, input, actor);
	}

	@PostMapping("/questions/{id}/publish")
	Question publish(@PathVariable long id, Actor actor) {
		return this.bank.publish(id, actor);
	}

	@PostMapping("/questions/{id}/retire")
	Question retire(@PathVariable long id, Actor actor) {
		return this.bank.retire(id, actor);
	}

}
