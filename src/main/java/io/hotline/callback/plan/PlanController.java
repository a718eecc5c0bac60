package io.hotline.callback.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.ListParameters;
import io.hotline.platform.export.TableDownload;
import io.hotline.platform.export.TableFormat;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** 智能回访 over HTTP: the plans, their figures, the rules, the robot's scripts and calls. */
@RestController
class PlanController {

	private static final List<String> HEADER_ZH = List.of("计划", "工单编号", "类型", "分类", "承办单位", "来电号码", "渠道", "依据", "状态",
			"应回访时间", "最迟", "次数", "满意度", "是否解决", "转人工原因", "答复时间");

	private static final List<String> HEADER_EN = List.of("Plan", "Order", "Type", "Category", "Unit", "Phone",
			"Channel", "Reason", "Status", "Due", "Limit", "Tries", "Satisfaction", "Resolved", "Handed over because",
			"Replied");

	private final PlanQueries queries;

	private final PlanRuleStore rules;

	private final RobotScripts scripts;

	private final RobotCalls robot;

	private final PlanStore store;

	private final PlanResults results;

	private final AuditTrail audit;

	private final java.time.Clock clock;

	PlanController(PlanQueries queries, PlanRuleStore rules, RobotScripts scripts, RobotCalls robot, PlanStore store,
			PlanResults results, AuditTrail audit, java.time.Clock clock) {
		this.clock = clock;
		this.queries = queries;
		this.rules = rules;
		this.scripts = scripts;
		this.robot = robot;
		this.store = store;
		this.results = results;
		this.audit = audit;
	}

	@GetMapping("/api/callback/plans")
	PlanQueries.Page list(@RequestParam Map<String, String> q, Actor actor) {
		return this.queries.page(PlanFilter.of(q), page(q, 50, 500), actor);
	}

	@GetMapping("/api/callback/plans/export")
	ResponseEntity<StreamingResponseBody> export(@RequestParam Map<String, String> q, Actor actor, Locale locale) {
		TableFormat as = TableFormat.parse(q.get("format"));
		PlanQueries.Page page = this.queries.page(PlanFilter.of(q), page(q, 10_000, 10_000), actor);
		this.audit.record(actor.username(), "EXPORT", "callback-plans", "OK",
				as.extension() + ", " + page.items().size() + " rows");
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return TableDownload.of(as, english ? "Callback plans" : "回访计划", english ? HEADER_EN : HEADER_ZH, (table) -> {
			for (Plan p : page.items()) {
				table.row(Arrays.asList(p.id(), p.orderNumber(), p.orderType(), p.categoryCode(), p.unitId(),
						p.callerPhone(), p.channel(), p.reasons(), p.status(), p.dueAt(), p.limitAt(), p.tries(),
						p.answers().get(Answers.SATISFACTION), p.answers().get(Answers.RESOLVED), p.handoverReason(),
						p.repliedAt()));
			}
		});
	}

	@GetMapping("/api/callback/plans/figures")
	PlanQueries.Figures figures(@RequestParam Map<String, String> q, Actor actor) {
		return this.queries.figures(PlanFilter.of(q), actor);
	}

	@GetMapping("/api/callback/plans/{id}")
	Plan plan(@PathVariable long id, Actor actor) {
		return this.queries.plan(id, actor);
	}

	@GetMapping("/api/orders/{id}/callback-plans")
	List<PlanQueries.OrderPlan> ofOrder(@PathVariable long id, Actor actor) {
		return this.queries.ofOrder(id, actor);
	}

	/** An answer of the citizen in the robot's call, posted by the phone system. */
	@PostMapping("/api/callback/plans/{id}/answers")
	Plan answer(@PathVariable long id, @RequestBody(required = false) AnswerBody body, Actor actor) {
		AnswerBody b = (body == null) ? new AnswerBody(null, null) : body;
		return this.robot.answer(id, b.digit(), b.text(), actor);
	}

	/** The robot's call did not reach the citizen (no answer, busy, switched off). */
	@PostMapping("/api/callback/plans/{id}/not-reached")
	@Transactional
	Plan notReached(@PathVariable long id, Actor actor) {
		actor.requireAny(Role.PHONE_SYSTEM);
		Plan plan = this.store.lock(id);
		if (plan.status() != PlanStatus.CALLING) {
			throw io.hotline.platform.Problem.conflict("callback-plan.not-calling", plan.id(), plan.status());
		}
		return this.results.notReached(plan, this.clock.instant());
	}

	@GetMapping("/api/callback/plan-rules")
	PlanRules rules(Actor actor) {
		actor.requireAny(Role.CALLBACK, Role.SUPERVISOR, Role.ADMIN);
		return this.rules.current();
	}

	@PutMapping("/api/callback/plan-rules")
	PlanRules setRules(@RequestBody(required = false) PlanRules body, Actor actor) {
		return this.rules.set(body, actor);
	}

	@GetMapping("/api/callback/robot-scripts")
	List<RobotScripts.Summary> scripts(Actor actor) {
		return this.scripts.versions(actor);
	}

	@GetMapping("/api/callback/robot-scripts/latest")
	RobotScripts.Version latest(Actor actor) {
		actor.requireAny(Role.CALLBACK, Role.SUPERVISOR, Role.ADMIN);
		return this.scripts.latest();
	}

	@GetMapping("/api/callback/robot-scripts/{version}")
	RobotScripts.Version script(@PathVariable int version, Actor actor) {
		actor.requireAny(Role.CALLBACK, Role.SUPERVISOR, Role.ADMIN);
		return this.scripts.version(version);
	}

	@PostMapping("/api/callback/robot-scripts")
	RobotScripts.Version save(@RequestBody(required = false) ScriptGraph body, Actor actor) {
		return this.scripts.save(body, actor);
	}

	private static ListParameters page(Map<String, String> q, int limit, int most) {
		return ListParameters.of(q.get("sort"), q.get("dir"), q.get("offset"), q.get("limit"),
				PlanQueries.SORTS.keySet(), "dueAt", true, limit, most);
	}

	record AnswerBody(String digit, String text) {

	}

}
