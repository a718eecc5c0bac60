package io.hotline.workforce.requests;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.org.Actor;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;
import io.hotline.workforce.roster.RosterResult;
import io.hotline.workforce.roster.RosterSolver;
import io.hotline.workforce.roster.ShiftTemplate;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A team leader's decision. An approval against the month's published roster changes it
 * into a new published version: leave re-solves the touched days (the agent's days off,
 * the others' same days free to cover, all else pinned); overtime adds the shift; a swap
 * exchanges the shifts. Overtime and swaps that would break a hard rule the roster did
 * not break before are refused, naming the rule. Without a published roster an approved
 * leave is only recorded (the next solve keeps it).
 */
@Component
class RequestDecisions {

	/** How long a leave's re-solve may take: only a few days are free. */
	static final Duration RESOLVE_LIMIT = Duration.ofSeconds(5);

	private final RequestStore store;

	private final RosterVersions rosters;

	private final WorkingCalendar calendar;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final TeamLeaders leaders;

	RequestDecisions(RequestStore store, RosterVersions rosters, WorkingCalendar calendar, AuditTrail audit,
			TransactionTemplate transaction, TeamLeaders leaders) {
		this.leaders = leaders;
		this.store = store;
		this.rosters = rosters;
		this.calendar = calendar;
		this.audit = audit;
		this.transaction = transaction;
	}

	StaffRequest reject(long id, String comment, Actor actor) {
		String why = RequestChecks.text("comment", comment, true);
		return this.transaction.execute((status) -> {
			StaffRequest request = pending(id);
			this.leaders.require(actor, request);
			this.store.decide(id, RequestStatus.REJECTED, actor.username(), why, null);
			this.audit.record(actor.username(), "workforce.request.reject", "workforce-request:" + id, "OK",
					Requests.describe(request) + ": " + why);
			return this.store.find(id);
		});
	}

	StaffRequest approve(long id, String comment, Actor actor) {
		String why = RequestChecks.text("comment", comment, false);
		StaffRequest request = this.store.find(id);
		this.leaders.require(actor, request);
		if (request.status() != RequestStatus.PENDING) {
			throw Problem.conflict("workforce.request.already-decided", id, request.status());
		}
		Optional<PublishedMonth> roster = this.rosters.published(YearMonth.from(request.firstDay()));
		if (roster.isEmpty() && request.kind() != RequestKind.LEAVE) {
			throw Problem.conflict("workforce.request.no-published-roster", YearMonth.from(request.firstDay()));
		}
		Optional<RosterResult> changed = roster
			.filter((published) -> request.kind() != RequestKind.LEAVE || published.lists(request.requester()))
			.map((published) -> change(request, published));
		return this.transaction.execute((status) -> {
			pending(id);
			Long version = null;
			if (changed.isPresent()) {
				version = this.rosters.publish(roster.get(), changed.get(), actor.username());
				this.audit.record(actor.username(), "workforce.roster.change", "roster:" + version, "OK",
						"request " + id + ", before roster " + roster.get().id() + ": " + Requests.describe(request));
			}
			if (request.kind() == RequestKind.LEAVE) {
				this.store.leaveApproved(request.requester(), request.firstDay(), request.lastDay(), actor.username());
			}
			this.store.decide(id, RequestStatus.APPROVED, actor.username(), why, version);
			this.audit.record(actor.username(), "workforce.request.approve", "workforce-request:" + id, "OK",
					Requests.describe(request) + ((version != null) ? ", roster " + version : ""));
			return this.store.find(id);
		});
	}

	private StaffRequest pending(long id) {
		StaffRequest request = this.store.lock(id);
		if (request.status() != RequestStatus.PENDING) {
			throw Problem.conflict("workforce.request.already-decided", id, request.status());
		}
		return request;
	}

	/**
	 * The shifts the request named are still those of the published roster (another
	 * approval may have changed them since it was asked).
	 */
	private static void stillAsAsked(StaffRequest request, PublishedMonth published) {
		Optional<String> mine = published.shift(request.requester(), request.firstDay());
		boolean same = (request.kind() == RequestKind.OVERTIME) ? mine.isEmpty()
				: mine.equals(Optional.ofNullable(request.shift()))
						&& published.shift(request.partner(), request.partnerDay())
							.equals(Optional.ofNullable(request.partnerShift()));
		if (!same) {
			throw Problem.conflict("workforce.request.shifts-changed", request.id(), published.month());
		}
	}

	private RosterResult change(StaffRequest request, PublishedMonth published) {
		List<ShiftTemplate> shifts = this.rosters.shifts();
		Predicate<LocalDate> restDay = (date) -> !this.calendar.isWorkingDay(date);
		RosterSolver solver = new RosterSolver(RESOLVE_LIMIT);
		if (request.kind() == RequestKind.LEAVE) {
			Set<LocalDate> touched = request.firstDay()
				.datesUntil(request.lastDay().plusDays(1))
				.collect(Collectors.toSet());
			RosterEdit edit = RosterEdit.of(published, this.rosters.agents(published), shifts, restDay, touched);
			this.rosters.carryOver(edit.roster());
			edit.leave(request.requester(), request.firstDay(), request.lastDay());
			return solver.solve(edit.roster());
		}
		stillAsAsked(request, published);
		RosterEdit edit = RosterEdit.of(published, this.rosters.agents(published), shifts, restDay, Set.of());
		this.rosters.carryOver(edit.roster());
		Map<String, Long> before = solver.brokenRules(edit.roster());
		if (request.kind() == RequestKind.OVERTIME) {
			ShiftTemplate shift = shifts.stream()
				.filter((template) -> template.code().equals(request.shift()))
				.findFirst()
				.orElseThrow(() -> Problem.conflict("workforce.request.bad-shift", request.shift()));
			edit.work(request.requester(), request.firstDay(), shift);
		}
		else {
			edit.swap(request.requester(), request.firstDay(), request.partner(), request.partnerDay());
		}
		Map<String, Long> after = solver.brokenRules(edit.roster());
		List<String> newlyBroken = after.entrySet()
			.stream()
			.filter((rule) -> rule.getValue() > before.getOrDefault(rule.getKey(), 0L))
			.map(Map.Entry::getKey)
			.toList();
		if (!newlyBroken.isEmpty()) {
			String rule = newlyBroken.get(0);
			throw Problem.conflict("workforce.request.breaks-rule", new DefaultMessageSourceResolvable(
					new String[] { "workforce.rule." + rule.replaceAll("[^A-Za-z0-9]+", "-") }, rule));
		}
		return solver.evaluate(edit.roster());
	}

}
