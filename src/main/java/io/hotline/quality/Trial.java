package io.hotline.quality;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;

import org.springframework.stereotype.Service;

/**
 * 试运行: the draft tried on the calls of a period (at most 2,000), compared with the active
 * version: the calls each flags, the findings per rule and examples of what only the
 * draft finds or only the active version found. Nothing is stored.
 */
@Service
public class Trial {

	/** The most calls a trial reads. */
	public static final int MOST_CALLS = 2_000;

	private static final int EXAMPLES = 20;

	private final Subjects subjects;

	private final RuleSets ruleSets;

	private final Inspector inspector;

	private final AuditTrail audit;

	private final java.time.Clock clock;

	Trial(Subjects subjects, RuleSets ruleSets, Inspector inspector, AuditTrail audit, java.time.Clock clock) {
		this.clock = clock;
		this.subjects = subjects;
		this.ruleSets = ruleSets;
		this.inspector = inspector;
		this.audit = audit;
	}

	public Outcome run(String from, String to, Integer limit, Actor actor) {
		actor.requireAny(Role.QUALITY);
		Days days = Days.of(from, to, this.clock.instant());
		Instant start = days.start();
		Instant end = days.end();
		int most = (limit == null) ? MOST_CALLS : limit;
		if (most < 1 || most > MOST_CALLS) {
			throw Problem.invalid("quality.bad-trial-limit", "limit", limit, MOST_CALLS);
		}
		RuleSet draft = this.ruleSets.draft(actor);
		RuleSet active = this.ruleSets.active();
		Map<String, RuleCount> perRule = new LinkedHashMap<>();
		draft.rules().forEach((r) -> perRule.put(r.id(), new RuleCount(r.id(), r.name(), 0, 0)));
		active.rules().forEach((r) -> perRule.putIfAbsent(r.id(), new RuleCount(r.id(), r.name(), 0, 0)));
		List<Example> examples = new ArrayList<>();
		int draftFlagged = 0;
		int activeFlagged = 0;
		long draftScores = 0;
		long activeScores = 0;
		List<Subjects.Subject> calls = this.subjects.calls(start, end, most);
		for (Subjects.Subject call : calls) {
			List<Finding> byDraft = this.inspector.inspect(call.inspected(), draft.rules());
			List<Finding> byActive = this.inspector.inspect(call.inspected(), active.rules());
			draftFlagged += byDraft.isEmpty() ? 0 : 1;
			activeFlagged += byActive.isEmpty() ? 0 : 1;
			draftScores += Inspector.score(byDraft, draft.rules());
			activeScores += Inspector.score(byActive, active.rules());
			byDraft.forEach((f) -> perRule.computeIfPresent(f.ruleId(), (id, c) -> c.plus(1, 0)));
			byActive.forEach((f) -> perRule.computeIfPresent(f.ruleId(), (id, c) -> c.plus(0, 1)));
			String callId = call.inspected().call().callId();
			for (Finding f : byDraft) {
				if (examples.size() < EXAMPLES && byActive.stream().noneMatch((a) -> same(a, f))) {
					examples.add(new Example(callId, call.agent(), "DRAFT_ONLY", f));
				}
			}
			for (Finding f : byActive) {
				if (examples.size() < EXAMPLES && byDraft.stream().noneMatch((d) -> same(d, f))) {
					examples.add(new Example(callId, call.agent(), "ACTIVE_ONLY", f));
				}
			}
		}
		int n = calls.size();
		this.audit.record(actor.username(), "QUALITY_TRIAL", "quality-rule-set:" + draft.version(), "OK",
				n + " calls, " + from + " to " + to);
		return new Outcome(draft.version(), active.version(), n, this.subjects.countCalls(start, end), draftFlagged,
				activeFlagged, (n == 0) ? null : draftScores / (double) n, (n == 0) ? null : activeScores / (double) n,
				List.copyOf(perRule.values()), examples);
	}

	private static boolean same(Finding a, Finding b) {
		return a.ruleId().equals(b.ruleId()) && java.util.Objects.equals(a.utterance(), b.utterance());
	}

	/**
	 * What a trial found: the versions compared, the calls tried (of those in the
	 * period), the calls each flagged, their average scores, the findings per rule and
	 * examples.
	 */
	public record Outcome(int draftVersion, int activeVersion, int calls, int callsInPeriod, int draftFlagged,
			int activeFlagged, Double draftAverageScore, Double activeAverageScore, List<RuleCount> perRule,
			List<Example> examples) {
	}

	/** A rule's findings by the draft and by the active version. */
	public record RuleCount(String ruleId, String name, int draft, int active) {

		RuleCount plus(int byDraft, int byActive) {
			return new RuleCount(this.ruleId, this.name, this.draft + byDraft, this.active + byActive);
		}

	}

	/** A finding of one version that the other does not make. */
	public record Example(String callId, String agent, String only, Finding finding) {
	}

}
