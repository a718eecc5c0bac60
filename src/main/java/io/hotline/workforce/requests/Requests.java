package io.hotline.workforce.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import io.hotline.org.Actor;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agents' requests: asked for oneself, accepted by a swap's partner, cancelled while open
 * by whoever asked. Nothing is stored when a check fails; every change is audited.
 */
@Component
class Requests {

	private final RequestStore store;

	private final RosterVersions rosters;

	private final AuditTrail audit;

	private final Clock clock;

	private final TeamLeaders leaders;

	Requests(RequestStore store, RosterVersions rosters, AuditTrail audit, TeamLeaders leaders) {
		this.leaders = leaders;
		this.store = store;
		this.rosters = rosters;
		this.audit = audit;
		this.clock = Clock.systemDefaultZone();
	}

	@Transactional
	StaffRequest create(RequestForm form, Actor actor) {
		if (form == null) {
			throw Problem.invalid("workforce.request.required", RequestChecks.field("kind"));
		}
		RequestKind kind = RequestChecks.kind(form.kind());
		LocalDate today = LocalDate.now(this.clock);
		String me = actor.username();
		String reason = RequestChecks.text("reason", form.reason(), false);
		StaffRequest request = switch (kind) {
			case LEAVE -> leave(form, me, today, reason);
			case OVERTIME -> overtime(form, me, today, reason);
			case SWAP -> swap(form, me, today, reason);
		};
		long id = this.store.insert(request);
		this.audit.record(me, "workforce.request.create", "workforce-request:" + id, "OK", describe(request));
		return this.store.find(id);
	}

	private StaffRequest leave(RequestForm form, String me, LocalDate today, String reason) {
		LocalDate from = RequestChecks.day("from", form.from(), today);
		LocalDate to = RequestChecks.day("to", form.to(), today);
		RequestChecks.leaveDays(from, to);
		String leaveKind = RequestChecks.leaveKind(form.leaveKind());
		this.store.overlappingLeave(me, from, to).ifPresent((other) -> {
			throw Problem.invalid("workforce.request.overlapping-leave", from, to, other);
		});
		return new StaffRequest(0, RequestKind.LEAVE, RequestStatus.PENDING, me, from, to, leaveKind, reason, null,
				null, null, null, null, null, null, null, null);
	}

	private StaffRequest overtime(RequestForm form, String me, LocalDate today, String reason) {
		LocalDate day = RequestChecks.day("day", form.day(), today);
		String code = RequestChecks.text("shift", form.shift(), true);
		if (this.rosters.activeShift(code).isEmpty()) {
			throw Problem.invalid("workforce.request.bad-shift", code);
		}
		PublishedMonth roster = published(day);
		roster.shift(me, day).ifPresent((working) -> {
			throw Problem.invalid("workforce.request.already-working", day, working);
		});
		if (!roster.lists(me)) {
			throw Problem.invalid("workforce.request.not-in-roster", me, roster.month());
		}
		return new StaffRequest(0, RequestKind.OVERTIME, RequestStatus.PENDING, me, day, day, null, reason, code, null,
				null, null, null, null, null, null, null);
	}

	private StaffRequest swap(RequestForm form, String me, LocalDate today, String reason) {
		LocalDate day = RequestChecks.day("day", form.day(), today);
		String partner = RequestChecks.text("partner", form.partner(), true);
		LocalDate partnerDay = (form.partnerDay() == null || form.partnerDay().isBlank()) ? day
				: RequestChecks.day("partnerDay", form.partnerDay(), today);
		if (partner.equals(me)) {
			throw Problem.invalid("workforce.request.swap-with-self");
		}
		if (!YearMonth.from(day).equals(YearMonth.from(partnerDay))) {
			throw Problem.invalid("workforce.request.swap-one-month", day, partnerDay);
		}
		PublishedMonth roster = published(day);
		String mine = roster.shift(me, day).orElseThrow(() -> Problem.invalid("workforce.request.no-shift", me, day));
		String theirs = roster.shift(partner, partnerDay)
			.orElseThrow(() -> Problem.invalid("workforce.request.no-shift", partner, partnerDay));
		if (!day.equals(partnerDay)) {
			roster.shift(me, partnerDay).ifPresent((busy) -> {
				throw Problem.invalid("workforce.request.swap-busy", me, partnerDay, busy);
			});
			roster.shift(partner, day).ifPresent((busy) -> {
				throw Problem.invalid("workforce.request.swap-busy", partner, day, busy);
			});
		}
		return new StaffRequest(0, RequestKind.SWAP, RequestStatus.AWAITING_PARTNER, me, day, day, null, reason, mine,
				partner, partnerDay, theirs, null, null, null, null, null);
	}

	private PublishedMonth published(LocalDate day) {
		YearMonth month = YearMonth.from(day);
		return this.rosters.published(month)
			.orElseThrow(() -> Problem.invalid("workforce.request.no-published-roster", month));
	}

	/** The swap's partner agrees; then it waits for the team leader. */
	@Transactional
	StaffRequest accept(long id, Actor actor) {
		StaffRequest request = this.store.lock(id);
		if (!actor.username().equals(request.partner())) {
			throw Problem.forbidden("workforce.request.not-partner", id);
		}
		if (request.status() != RequestStatus.AWAITING_PARTNER) {
			throw Problem.conflict("workforce.request.already-decided", id, request.status());
		}
		this.store.partnerAccepted(id);
		this.audit.record(actor.username(), "workforce.request.accept", "workforce-request:" + id, "OK",
				describe(request));
		return this.store.find(id);
	}

	@Transactional
	StaffRequest cancel(long id, Actor actor) {
		StaffRequest request = this.store.lock(id);
		if (!actor.username().equals(request.requester())) {
			throw Problem.forbidden("workforce.request.not-yours", id);
		}
		if (!request.status().open()) {
			throw Problem.conflict("workforce.request.already-decided", id, request.status());
		}
		this.store.decide(id, RequestStatus.CANCELLED, actor.username(), null, null);
		this.audit.record(actor.username(), "workforce.request.cancel", "workforce-request:" + id, "OK",
				describe(request));
		return this.store.find(id);
	}

	/** The request, for whom it concerns or a leader of the requester's group. */
	StaffRequest read(long id, Actor actor) {
		StaffRequest request = this.store.find(id);
		if (!request.concerns(actor.username()) && !this.leaders.leads(actor, request.requester())) {
			throw Problem.forbidden("workforce.request.not-yours", id);
		}
		return request;
	}

	static String describe(StaffRequest request) {
		return switch (request.kind()) {
			case LEAVE ->
				request.requester() + " " + request.leaveKind() + " " + request.firstDay() + ".." + request.lastDay();
			case OVERTIME -> request.requester() + " " + request.firstDay() + " " + request.shift();
			case SWAP -> request.requester() + " " + request.firstDay() + " " + request.shift() + " <-> "
					+ request.partner() + " " + request.partnerDay() + " " + request.partnerShift();
		};
	}

}
