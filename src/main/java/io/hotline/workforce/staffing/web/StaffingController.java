package io.hotline.workforce.staffing.web;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.Problem;
import io.hotline.workforce.staffing.IntervalCalls;
import io.hotline.workforce.staffing.IntervalStaffing;
import io.hotline.workforce.staffing.ServiceLevel;
import io.hotline.workforce.staffing.Shrinkage;
import io.hotline.workforce.staffing.Staffing;
import io.hotline.workforce.staffing.StaffingMethod;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staffing for a day: agents needed per interval for the service level the team leader
 * sets, by Erlang C or Erlang A, shrinkage on top.
 */
@RestController
class StaffingController {

	@PostMapping("/api/workforce/staffing")
	List<IntervalStaffing> staffing(@RequestBody(required = false) StaffingBody body, Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		if (body == null || body.intervals() == null || body.intervals().isEmpty()) {
			throw Problem.invalid("workforce.intervals-required");
		}
		int intervalMinutes = (body.intervalMinutes() != null) ? body.intervalMinutes() : 30;
		if (intervalMinutes != 5 && intervalMinutes != 15 && intervalMinutes != 30) {
			throw Problem.invalid("workforce.bad-interval-minutes", intervalMinutes);
		}
		if (body.handlingSeconds() == null || body.handlingSeconds() < 1 || body.handlingSeconds() > 36_000) {
			throw Problem.invalid("workforce.bad-handling", body.handlingSeconds());
		}
		int percent = (body.percent() != null) ? body.percent() : 80;
		int target = (body.targetSeconds() != null) ? body.targetSeconds() : 20;
		if (percent < 1 || percent > 99 || target < 0 || target > 3600) {
			throw Problem.invalid("workforce.bad-service-level", percent, target);
		}
		StaffingMethod method = (body.method() != null) ? body.method() : StaffingMethod.ERLANG_C;
		if (method == StaffingMethod.ERLANG_A
				&& (body.patienceSeconds() == null || body.patienceSeconds() < 1 || body.patienceSeconds() > 36_000)) {
			throw Problem.invalid("workforce.patience-required");
		}
		Shrinkage shrinkage;
		try {
			ShrinkageBody s = (body.shrinkage() != null) ? body.shrinkage() : new ShrinkageBody(0, 0, 0);
			shrinkage = new Shrinkage(s.breaks(), s.training(), s.leave());
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("workforce.bad-shrinkage");
		}
		for (CallsBody calls : body.intervals()) {
			if (calls == null || calls.start() == null || !(calls.calls() >= 0) || calls.calls() > 1_000_000) {
				throw Problem.invalid("workforce.bad-calls", (calls != null) ? calls.start() : null);
			}
		}
		Staffing staffing = new Staffing(Duration.ofMinutes(intervalMinutes),
				Duration.ofSeconds(body.handlingSeconds()), ServiceLevel.of(percent, target), method,
				(body.patienceSeconds() != null) ? Duration.ofSeconds(body.patienceSeconds()) : null, shrinkage);
		return staffing
			.forDay(body.intervals().stream().map((calls) -> new IntervalCalls(calls.start(), calls.calls())).toList());
	}

	record StaffingBody(Integer intervalMinutes, Integer handlingSeconds, Integer percent, Integer targetSeconds,
			StaffingMethod method, Integer patienceSeconds, ShrinkageBody shrinkage, List<CallsBody> intervals) {
	}

	record ShrinkageBody(double breaks, double training, double leave) {
	}

	record CallsBody(LocalDateTime start, double calls) {
	}

}
