package io.hotline.knowledge.articles;

import java.time.LocalDate;
import java.util.List;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.knowledge.SearchMode;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.Problem;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search, recommendation while an agent types, and what the usage says: statistics,
 * knowledge gaps, the week's hot knowledge, and expiry reminders.
 */
@RestController
class KnowledgeSearchController {

	/** A recommendation waits for this many characters: fewer say nothing yet. */
	static final int RECOMMEND_FROM = 4;

	/** A report covers at most a year. */
	static final int MOST_DAYS = 366;

	private final KnowledgeIndex index;

	private final KnowledgeUsage usage;

	private final UsageReports reports;

	private final HotKnowledge hot;

	private final ExpiryReminders reminders;

	private final java.time.Clock clock;

	KnowledgeSearchController(KnowledgeIndex index, KnowledgeUsage usage, UsageReports reports, HotKnowledge hot,
			ExpiryReminders reminders, java.time.Clock clock) {
		this.index = index;
		this.usage = usage;
		this.reports = reports;
		this.hot = hot;
		this.reminders = reminders;
		this.clock = clock;
	}

	@GetMapping("/api/knowledge/search")
	Hits search(@RequestParam(required = false) String q, @RequestParam(required = false) String size,
			@RequestParam(required = false) String mode, @RequestParam(required = false) String category,
			@RequestParam(required = false) String department, @RequestParam(required = false) String tag,
			@RequestParam(name = "public", required = false) String shared, Actor actor) {
		String text = SearchParameters.text(q, "q", true);
		SearchFilter filter = new SearchFilter(category, department, tag, SearchParameters.flag(shared, "public"));
		List<Found> found = this.index.search(text, SearchParameters.size(size, 10), SearchParameters.mode(mode),
				filter);
		long queryId = this.usage.asked(Channel.STAFF, actor.username(), text, found);
		return new Hits(queryId, found.stream().map(HitView::of).toList());
	}

	@GetMapping("/api/knowledge/recommend")
	Hits recommend(@RequestParam(required = false) String text, @RequestParam(required = false) String size,
			@RequestParam(required = false) String category, Actor actor) {
		String typed = SearchParameters.text(text, "text", false);
		if (typed.codePointCount(0, typed.length()) < RECOMMEND_FROM) {
			return new Hits(null, List.of());
		}
		List<Found> found = this.index.search(typed, SearchParameters.size(size, 5), SearchMode.COMBINED,
				new SearchFilter(category, null, null, false));
		return new Hits(null, found.stream().map(HitView::of).toList());
	}

	@GetMapping("/api/knowledge/stats")
	UsageReports.Stats stats(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.ANALYST);
		LocalDate[] period = period(from, to);
		return this.reports.stats(period[0], period[1]);
	}

	@GetMapping("/api/knowledge/gaps")
	Gaps gaps(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.ANALYST);
		LocalDate[] period = period(from, to);
		return new Gaps(period[0], period[1], this.reports.gaps(period[0], period[1]));
	}

	@GetMapping("/api/knowledge/hot")
	HotKnowledge.Week hot(@RequestParam(required = false) String week) {
		return this.hot.week(week);
	}

	@GetMapping("/api/knowledge/reminders")
	Reminders reminders(Actor actor) {
		return new Reminders(this.reminders.of(actor));
	}

	/** From and to, both days included; by default the last 30 days. */
	private LocalDate[] period(String from, String to) {
		LocalDate today = LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
		LocalDate last = SearchParameters.date(to, "to", today);
		LocalDate first = SearchParameters.date(from, "from", last.minusDays(29));
		if (first.isAfter(last)) {
			throw Problem.invalid("knowledge.bad-period", first, last);
		}
		if (first.plusDays(MOST_DAYS).isBefore(last)) {
			throw Problem.invalid("knowledge.period-too-long", MOST_DAYS);
		}
		return new LocalDate[] { first, last };
	}

	record Hits(Long queryId, List<HitView> hits) {

	}

	record Gaps(LocalDate from, LocalDate to, List<UsageReports.Gap> gaps) {

	}

	record Reminders(List<ExpiryReminders.Reminder> reminders) {

	}

}
