package io.hotline.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hotline.org.Actor;
import io.hotline.org.UserAccounts;
import io.hotline.platform.DateParameter;
import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;

import org.springframework.stereotype.Service;

/**
 * The progress of agents in training for those who follow it: a team leader their groups'
 * agents, QUALITY and ADMIN everyone's, an agent their own; a list filtered, sorted and
 * paged, and one agent's attempts over time with their weak topics.
 */
@Service
class Progress {

	static final Set<String> RESULTS = Set.of("PASSED", "FAILED", "NONE");

	private final ProgressStore store;

	private final AttemptStore attempts;

	private final ExamStore exams;

	private final WeakTopics weakTopics;

	private final TrainingAccess access;

	private final UserAccounts users;

	Progress(ProgressStore store, AttemptStore attempts, ExamStore exams, WeakTopics weakTopics, TrainingAccess access,
			UserAccounts users) {
		this.store = store;
		this.attempts = attempts;
		this.exams = exams;
		this.weakTopics = weakTopics;
		this.access = access;
		this.users = users;
	}

	Page<ProgressRow> page(Filter filter, ListParameters page, Actor actor) {
		List<String> agents = this.access.visible(actor);
		if (filter.group() != null) {
			List<String> members = this.access.group(actor, filter.group());
			agents = (agents == null) ? members : agents.stream().filter(members::contains).toList();
		}
		Page<ProgressRow> rows = this.store.page(agents, filter.name(), filter.since(), filter.result(), page);
		LocalDate today = this.weakTopics.today();
		Map<String, String> names = this.users.displayNames(rows.items().stream().map(ProgressRow::username).toList());
		List<ProgressRow> shown = new ArrayList<>();
		for (ProgressRow row : rows.items()) {
			shown.add(row.with(names.getOrDefault(row.username(), row.username()), this.access.groupOf(row.username()),
					this.weakTopics.of(row.username(), today.minusDays(WeakTopics.DEFAULT_DAYS), today).recommended()));
		}
		return new Page<>(shown, rows.total(), rows.offset(), rows.limit());
	}

	/**
	 * One agent: their attempts over time (exams and practice) and their standing per
	 * topic.
	 */
	AgentProgress of(String agent, String from, String to, Actor actor) {
		this.access.require(actor, agent);
		WeakTopics.Standing standing = standing(agent, from, to);
		List<AttemptSummary> attempts = new ArrayList<>();
		for (AttemptRow a : this.attempts.of(agent)) {
			String title = (a.examId() != null) ? this.exams.find(a.examId()).map(Exam::title).orElse(null) : null;
			attempts.add(new AttemptSummary(a.id(), a.examId(), title, a.status(), a.startedAt(), a.submittedAt(),
					a.score(), a.passed()));
		}
		String name = this.users.displayNames(List.of(agent)).getOrDefault(agent, agent);
		return new AgentProgress(agent, name, this.access.groupOf(agent), attempts, standing);
	}

	WeakTopics.Standing standing(String agent, String from, String to) {
		LocalDate today = this.weakTopics.today();
		LocalDate last = DateParameter.parse("to", to, "training.bad-date", today);
		LocalDate first = DateParameter.parse("from", from, "training.bad-date",
				last.minusDays(WeakTopics.DEFAULT_DAYS));
		if (first.isAfter(last)) {
			throw Problem.invalid("training.from-after-to", first, last);
		}
		return this.weakTopics.of(agent, first, last);
	}

	/**
	 * The list's filters: the agent's name (contains), group, training begun since, last
	 * result.
	 */
	record Filter(String name, String group, LocalDate since, String result) {

		static Filter of(String name, String group, String since, String result) {
			String r = (result == null || result.isBlank()) ? null : result.strip().toUpperCase(java.util.Locale.ROOT);
			if (r != null && !RESULTS.contains(r)) {
				throw Problem.invalid("request.bad-value", "result", result);
			}
			return new Filter(blank(name), blank(group), DateParameter.parse("since", since, "training.bad-date", null),
					r);
		}

		private static String blank(String text) {
			return (text == null || text.isBlank()) ? null : text.strip();
		}

	}

	/** An attempt in an agent's history. */
	record AttemptSummary(long id, Long examId, String title, String status, java.time.Instant startedAt,
			java.time.Instant submittedAt, Integer score, Boolean passed) {
	}

	/** One agent's progress. */
	record AgentProgress(String username, String displayName, String group, List<AttemptSummary> attempts,
			WeakTopics.Standing standing) {
	}

}
