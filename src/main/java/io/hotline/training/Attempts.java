package io.hotline.training;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hotline.org.Actor;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking an exam or a practice set: one open attempt per agent at a time, questions drawn
 * from the published ones of its topics, answers saved one by one until the deadline the
 * server set when it began (an answer after it is refused and the attempt scored as it
 * stands), scored on submission. The right answers are not sent while it is open; after
 * it, only a practice set shows them.
 */
@Service
class Attempts {

	static final int PRACTICE_MINUTES = 30;

	private final AttemptStore store;

	private final ExamStore exams;

	private final QuestionStore questions;

	private final TrainingAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	Attempts(AttemptStore store, ExamStore exams, QuestionStore questions, TrainingAccess access, AuditTrail audit,
			Clock clock) {
		this.store = store;
		this.exams = exams;
		this.questions = questions;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** Begins an attempt of the exam, or goes on with the agent's open one of it. */
	@Transactional
	AttemptView start(long examId, Actor actor) {
		Exam exam = this.exams.find(examId)
			.filter((e) -> this.exams.takes(e.id(), actor.username()))
			.orElseThrow(() -> Problem.notFound("training.no-exam", examId));
		closeIfExpired(actor.username());
		List<AttemptRow> before = this.store.of(examId, actor.username());
		if (!before.isEmpty() && before.get(0).open()) {
			return view(before.get(0), actor);
		}
		if (before.size() >= exam.maxAttempts()) {
			throw Problem.conflict("training.no-attempts-left", exam.maxAttempts());
		}
		List<Question> drawn = this.questions.drawPublished(exam.topics(), exam.questionCount());
		if (drawn.size() < exam.questionCount()) {
			throw Problem.conflict("training.too-few-questions", exam.questionCount(), drawn.size());
		}
		return begin(exam.id(), drawn, Duration.ofMinutes(exam.timeLimitMinutes()), actor);
	}

	/** Begins a practice set of these questions. */
	@Transactional
	AttemptView practise(List<Question> drawn, Actor actor) {
		closeIfExpired(actor.username());
		return begin(null, drawn, Duration.ofMinutes(PRACTICE_MINUTES), actor);
	}

	private AttemptView begin(Long exam, List<Question> drawn, Duration limit, Actor actor) {
		Instant now = this.clock.instant();
		this.store.openOf(actor.username()).ifPresent((open) -> {
			throw Problem.conflict("training.attempt-open", open);
		});
		long id;
		try {
			id = this.store.insert(exam, actor.username(), now, now.plus(limit), drawn);
		}
		catch (DataAccessException ex) {
			// another request of the same agent began one in between (the unique index
			// refuses the second)
			if (String.valueOf(ex.getMostSpecificCause().getMessage()).contains("training_attempt_one_open")) {
				throw Problem.conflict("training.attempt-open", 0);
			}
			throw ex;
		}
		this.audit.record(actor.username(), "TRAINING_ATTEMPT_START", "training-attempt:" + id, "OK",
				(exam != null) ? "exam " + exam : "practice, " + drawn.size() + " questions");
		return view(this.store.find(id).orElseThrow(), actor);
	}

	/**
	 * The attempt for its taker; for others who may see the agent, only once scored (403
	 * before, and for anyone else).
	 */
	@Transactional
	AttemptView read(long id, Actor actor) {
		AttemptRow attempt = this.store.find(id).orElseThrow(() -> Problem.notFound("training.no-attempt", id));
		boolean mine = attempt.username().equals(actor.username());
		if (!mine && (attempt.open() || !this.access.sees(actor, attempt.username()))) {
			throw Problem.forbidden("training.not-your-attempt", id);
		}
		if (attempt.open() && expired(attempt)) {
			attempt = score(attempt, AttemptRow.TIMED_OUT, attempt.deadline());
		}
		return view(attempt, actor);
	}

	/** Saves one answer while the attempt is open and in time. */
	@Transactional(noRollbackFor = Problem.class)
	AttemptView answer(long id, int position, AnswerGiven given, Actor actor) {
		AttemptRow attempt = own(id, actor);
		if (given == null) {
			throw Problem.invalid("request.body-required");
		}
		AttemptQuestion question = this.store.questions(id)
			.stream()
			.filter((q) -> q.position() == position)
			.findFirst()
			.orElseThrow(() -> Problem.notFound("training.no-position", id, position));
		AnswerGiven checked = given.checkedFor(question.kind(), question.options());
		requireInTime(attempt);
		this.store.saveAnswer(id, position, checked, this.clock.instant());
		return view(this.store.find(id).orElseThrow(), actor);
	}

	/** Scores the attempt: on time as submitted, late as it stood at the deadline. */
	@Transactional
	AttemptView submit(long id, Actor actor) {
		AttemptRow attempt = own(id, actor);
		if (!attempt.open()) {
			throw Problem.conflict("training.attempt-closed", id, attempt.status());
		}
		AttemptRow scored = expired(attempt) ? score(attempt, AttemptRow.TIMED_OUT, attempt.deadline())
				: score(attempt, AttemptRow.SUBMITTED, this.clock.instant());
		return view(scored, actor);
	}

	/** Scores the agent's open attempt if its time ran out. */
	@Transactional
	void closeIfExpired(String username) {
		this.store.openOf(username)
			.flatMap(this.store::lock)
			.filter(this::expired)
			.ifPresent((a) -> score(a, AttemptRow.TIMED_OUT, a.deadline()));
	}

	/** Scores every open attempt whose time ran out; how many. */
	@Transactional
	int closeExpired() {
		int closed = 0;
		for (long id : this.store.expired(this.clock.instant())) {
			AttemptRow attempt = this.store.lock(id).orElseThrow();
			if (attempt.open()) {
				score(attempt, AttemptRow.TIMED_OUT, attempt.deadline());
				closed++;
			}
		}
		return closed;
	}

	private AttemptRow own(long id, Actor actor) {
		AttemptRow attempt = this.store.lock(id).orElseThrow(() -> Problem.notFound("training.no-attempt", id));
		if (!attempt.username().equals(actor.username())) {
			throw Problem.forbidden("training.not-your-attempt", id);
		}
		return attempt;
	}

	private void requireInTime(AttemptRow attempt) {
		if (!attempt.open()) {
			throw Problem.conflict("training.attempt-closed", attempt.id(), attempt.status());
		}
		if (expired(attempt)) {
			score(attempt, AttemptRow.TIMED_OUT, attempt.deadline());
			throw Problem.conflict("training.time-up", attempt.id(), attempt.deadline());
		}
	}

	private boolean expired(AttemptRow attempt) {
		return this.clock.instant().isAfter(attempt.deadline());
	}

	private AttemptRow score(AttemptRow attempt, String status, Instant at) {
		List<AttemptQuestion> questions = this.store.questions(attempt.id());
		long right = 0;
		for (AttemptQuestion q : questions) {
			boolean correct = Scoring.correct(q.kind(), q.key(), q.answer());
			this.store.mark(attempt.id(), q.position(), correct);
			right += correct ? 1 : 0;
		}
		int score = Scoring.percent(right, questions.size());
		Boolean passed = null;
		if (attempt.examId() != null) {
			passed = score >= this.exams.find(attempt.examId()).orElseThrow().passMark();
		}
		this.store.close(attempt.id(), status, at, score, passed);
		this.audit.record(attempt.username(), "TRAINING_ATTEMPT_" + status, "training-attempt:" + attempt.id(), "OK",
				"score " + score + ((passed != null) ? (passed ? ", passed" : ", failed") : ", practice"));
		return this.store.find(attempt.id()).orElseThrow();
	}

	private AttemptView view(AttemptRow attempt, Actor actor) {
		Exam exam = (attempt.examId() != null) ? this.exams.find(attempt.examId()).orElseThrow() : null;
		List<AttemptQuestion> questions = this.store.questions(attempt.id());
		boolean reveal = exam == null && !attempt.open();
		List<AttemptQuestion> shown = new ArrayList<>();
		Map<String, int[]> topics = new LinkedHashMap<>();
		for (AttemptQuestion q : questions) {
			shown.add(reveal ? q.revealed() : q);
			if (!attempt.open()) {
				int[] counts = topics.computeIfAbsent(q.topic(), (t) -> new int[2]);
				counts[0]++;
				counts[1] += Boolean.TRUE.equals(q.correct()) ? 1 : 0;
			}
		}
		Long left = attempt.open() ? Math.max(0, Duration.between(this.clock.instant(), attempt.deadline()).toSeconds())
				: null;
		return new AttemptView(attempt.id(), attempt.examId(), (exam != null) ? exam.title() : null, exam == null,
				attempt.username(), attempt.status(), attempt.startedAt(), attempt.deadline(), left,
				attempt.submittedAt(), attempt.score(), attempt.passed(), (exam != null) ? exam.passMark() : null,
				shown,
				attempt.open() ? null
						: topics.entrySet()
							.stream()
							.map((e) -> new AttemptStore.TopicScore(e.getKey(), e.getValue()[0], e.getValue()[1]))
							.toList());
	}

}
