package io.hotline.supervision.monitor;

import java.util.List;

import io.hotline.org.Actor;

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

	@GetMapping("/api/supervision/cases")
	Cases cases(@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) Long orderId, Actor actor) {
		return new Cases(this.cases.list(status, kind, unitId, orderId, actor));
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

	record Cases(List<SupervisionCase> cases) {

	}

	record ReminderList(List<Reminder> reminders) {

	}

	record Note(String note) {

	}

}
