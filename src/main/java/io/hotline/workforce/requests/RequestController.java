package io.hotline.workforce.requests;

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
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Requests over HTTP: agents ask for themselves and see only the requests that concern
 * them ({@code scope=mine}); team leaders (SUPERVISOR) list those of the groups they lead
 * ({@code scope=decide}; administrators all) and approve or reject them.
 */
@RestController
@RequestMapping("/api/workforce/requests")
class RequestController {

	private static final List<String> HEADER_ZH = List.of("编号", "类型", "状态", "申请人", "开始日期", "结束日期", "假别", "班次", "对方坐席",
			"对方日期", "对方班次", "事由", "申请时间", "审批人", "审批时间", "审批意见");

	private static final List<String> HEADER_EN = List.of("No.", "Kind", "Status", "Requester", "First day", "Last day",
			"Leave kind", "Shift", "Partner", "Partner's day", "Partner's shift", "Reason", "Asked at", "Decided by",
			"Decided at", "Comment");

	private final Requests requests;

	private final RequestDecisions decisions;

	private final RequestStore store;

	private final AuditTrail audit;

	RequestController(Requests requests, RequestDecisions decisions, RequestStore store, AuditTrail audit) {
		this.requests = requests;
		this.decisions = decisions;
		this.store = store;
		this.audit = audit;
	}

	@PostMapping
	StaffRequest create(@RequestBody(required = false) RequestForm form, Actor actor) {
		actor.requireAny(Role.AGENT);
		return this.requests.create(form, actor);
	}

	@GetMapping
	RequestStore.Page list(@RequestParam(required = false) String scope, @RequestParam(required = false) String status,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(required = false) String offset,
			@RequestParam(required = false) String limit, Actor actor) {
		return this.store.page(whose(scope, actor), RequestFilter.of(status, kind, from, to),
				ListParameters.of(sort, dir, offset, limit, RequestStore.SORTS.keySet(), "createdAt", true, 50, 500));
	}

	@GetMapping("/export")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
			@RequestParam(required = false) String scope, @RequestParam(required = false) String status,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Actor actor, Locale locale, HttpServletRequest http) {
		TableFormat as = TableFormat.parse(format);
		RequestStore.Page page = this.store.page(whose(scope, actor), RequestFilter.of(status, kind, from, to),
				ListParameters.of(sort, dir, null, null, RequestStore.SORTS.keySet(), "createdAt", true, 10_000,
						10_000));
		this.audit.record(actor.username(), "EXPORT", "workforce-requests", "OK", as.extension() + ", "
				+ page.items().size() + " rows, " + ((http.getQueryString() != null) ? http.getQueryString() : ""));
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return TableDownload.of(as, english ? "Requests" : "排班申请", english ? HEADER_EN : HEADER_ZH, (table) -> {
			for (StaffRequest r : page.items()) {
				table.row(Arrays.asList(r.id(), r.kind(), r.status(), r.requester(), r.firstDay(), r.lastDay(),
						r.leaveKind(), r.shift(), r.partner(), r.partnerDay(), r.partnerShift(), r.reason(),
						r.createdAt(), r.decidedBy(), r.decidedAt(), r.comment()));
			}
		});
	}

	@GetMapping("/{id}")
	StaffRequest read(@PathVariable long id, Actor actor) {
		return this.requests.read(id, actor);
	}

	@PostMapping("/{id}/accept")
	StaffRequest accept(@PathVariable long id, Actor actor) {
		return this.requests.accept(id, actor);
	}

	@PostMapping("/{id}/cancel")
	StaffRequest cancel(@PathVariable long id, Actor actor) {
		return this.requests.cancel(id, actor);
	}

	@PostMapping("/{id}/approve")
	StaffRequest approve(@PathVariable long id, @RequestBody(required = false) Decision decision, Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		return this.decisions.approve(id, (decision != null) ? decision.comment() : null, actor);
	}

	@PostMapping("/{id}/reject")
	StaffRequest reject(@PathVariable long id, @RequestBody(required = false) Decision decision, Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		return this.decisions.reject(id, (decision != null) ? decision.comment() : null, actor);
	}

	/**
	 * Whose requests a list shows: the actor's own, or (scope decide) a team leader's
	 * groups', an administrator's everyone's.
	 */
	private static RequestStore.Whose whose(String scope, Actor actor) {
		if (scope == null || scope.isBlank() || scope.strip().equals("mine")) {
			return new RequestStore.Whose(actor.username(), null);
		}
		if (scope.strip().equals("decide")) {
			actor.requireAny(Role.SUPERVISOR);
			return new RequestStore.Whose(null, actor.has(Role.ADMIN) ? null : actor.username());
		}
		throw Problem.invalid("workforce.request.bad-filter", RequestChecks.field("scope"), scope);
	}

	record Decision(String comment) {
	}

}
