package io.hotline.catalog.web;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import io.hotline.catalog.DayKind;
import io.hotline.catalog.SpecialDay;
import io.hotline.catalog.WorkingCalendar;
import io.hotline.org.Actor;
import io.hotline.platform.DateParameter;
import io.hotline.platform.Problem;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The holidays and 调休 make-up days that deadlines are counted against; administrators
 * keep them up to date when the State Council publishes next year's schedule.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

	private final WorkingCalendar calendar;

	CalendarController(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping
	List<SpecialDay> specialDays(@RequestParam(required = false) Integer year) {
		return this.calendar.specialDays(year != null ? year : Year.now(WorkingCalendar.ZONE).getValue());
	}

	@PutMapping("/{date}")
	SpecialDay mark(@PathVariable String date, @RequestBody DayRequest request, Actor actor) {
		return this.calendar.mark(new SpecialDay(date(date), kind(request.kind()), request.name()), actor);
	}

	@DeleteMapping("/{date}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unmark(@PathVariable String date, Actor actor) {
		this.calendar.unmark(date(date), actor);
	}

	private static LocalDate date(String text) {
		return DateParameter.parse("date", text, "calendar.bad-date");
	}

	private static DayKind kind(String text) {
		try {
			return DayKind.valueOf(String.valueOf(text).trim().toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("calendar.bad-kind", text);
		}
	}

	record DayRequest(String kind, String name) {

	}

}
