package io.hotline.supervision.monitor;

import java.util.List;

import io.hotline.org.Actor;
import io.hotline.platform.DateParameter;
import io.hotline.platform.ListParameters;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 督办件 and the reminder inbox over HTTP. */
@RestController
class SupervisionCaseController {

	private final SupervisionCases cases;

	private final Reminders reminders;

	SupervisionCaseController(SupervisionCases cases, Reminders reminders) {
		this.cases = cases;
		this.reminders = reminders;
	}

	/**
	 * The cases of a status, kind, unit, order and period opened ({@code from},
	 * {@code to}), sorted ({@code sort}: openedAt, deadline, reminders, status, kind,
	 * unitName, orderNumber, closedAt; {@code dir}) and paged ({@code offset},
	 * {@code limit}: at most 500, the default), with the number of all ({@code total}).
	 */
	@GetMapping("/api/supervision/cases")
	SupervisionCases.Page cases(@RequestParam(required = false) String status,
			@RequestParam(required = false) String kind, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long orderId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(required = false) String offset,
			@RequestParam(required = false) String limit, Actor actor) {
		ListParameters page = ListParameters.of(sort, dir, offset, limit, SupervisionCases.SORTS.keySet(), "openedAt",
				true, SupervisionCases.MOST, SupervisionCases.MOST);
		return this.cases.page(status, kind, unitId, orderId, DateParameter.parse("from", from, "kpi.bad-date", null),
				DateParameter.parse("to", to, "kpi.bad-date", null), page, actor);
	}

	@PostMapping("/api/supervision/cases/{id}/close")
	SupervisionCase close(@PathVariable long id, @RequestBody(required = false) Note body, Actor actor) {
		return this.cases.close(id, (body == null) ? null : body.note(), actor);
	}

	@GetMapping("/api/supervision/reminders")
	ReminderList reminders(@RequestParam(defaultValue = "false") boolean unread, Actor actor) {
		return new ReminderList(this.reminders.list(unread, actor));
	}

	@PostMapping("/api/supervision/reminders/{id}/read")
	Reminder read(@PathVariable long id, Actor actor) {
		return this.reminders.read(id, actor);
	}

	record ReminderList(List<Reminder> reminders) {

	}

	record Note(String note) {

	}

}
