package io.hotline.training;

import java.util.ArrayList;
import java.util.List;

import io.hotline.org.Actor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exams over HTTP: composed by QUALITY, team leaders and ADMIN; taken by their agents
 * ({@code my-exams}, attempts: start, answer one question at a time, submit); practice
 * sets from an agent's weak topics.
 */
@RestController
@RequestMapping("/api/training")
class ExamController {

	private final Exams exams;

	private final ExamStore store;

	private final AttemptStore attemptStore;

	private final Attempts attempts;

	private final PracticeSets practice;

	ExamController(Exams exams, ExamStore store, AttemptStore attemptStore, Attempts attempts, PracticeSets practice) {
		this.exams = exams;
		this.store = store;
		this.attemptStore = attemptStore;
		this.attempts = attempts;
		this.practice = practice;
	}

	@PostMapping("/exams")
	Exam compose(@RequestBody(required = false) ExamInput input, Actor actor) {
		return this.exams.compose(input, actor);
	}

	@GetMapping("/exams")
	List<Exam> list(Actor actor) {
		return this.exams.list(actor);
	}

	@GetMapping("/exams/{id}")
	Exam read(@PathVariable long id, Actor actor) {
		return this.exams.read(id, actor);
	}

	/** The exams the user takes, with their attempts so far. */
	@GetMapping("/my-exams")
	List<MyExam> mine(Actor actor) {
		this.attempts.closeIfExpired(actor.username());
		List<MyExam> mine = new ArrayList<>();
		for (Exam exam : this.store.takenBy(actor.username())) {
			List<AttemptRow> tries = this.attemptStore.of(exam.id(), actor.username());
			AttemptRow last = tries.isEmpty() ? null : tries.get(0);
			mine.add(new MyExam(exam, tries.size(), (last != null && last.open()) ? last.id() : null,
					(last != null) ? last.id() : null, (last != null) ? last.score() : null,
					tries.stream().anyMatch((a) -> Boolean.TRUE.equals(a.passed()))));
		}
		return mine;
	}

	@PostMapping("/exams/{id}/attempts")
	AttemptView start(@PathVariable long id, Actor actor) {
		return this.attempts.start(id, actor);
	}

	@PostMapping("/practice")
	AttemptView practise(@RequestBody(required = false) PracticeSets.Request request, Actor actor) {
		return this.practice.start((request != null) ? request.size() : null, actor);
	}

	@GetMapping("/attempts/{id}")
	AttemptView attempt(@PathVariable long id, Actor actor) {
		return this.attempts.read(id, actor);
	}

	@PutMapping("/attempts/{id}/answers/{position}")
	AttemptView answer(@PathVariable long id, @PathVariable int position,
			@RequestBody(required = false) AnswerGiven answer, Actor actor) {
		return this.attempts.answer(id, position, answer, actor);
	}

	@PostMapping("/attempts/{id}/submit")
	AttemptView submit(@PathVariable long id, Actor actor) {
		return this.attempts.submit(id, actor);
	}

	/**
	 * An exam the user takes: attempts used, the open one (if any), the last one and its
	 * score, and whether any passed.
	 */
	record MyExam(Exam exam, int attempts, Long openAttempt, Long lastAttempt, Integer lastScore, boolean passed) {
	}

}
