package io.hotline.training;

import java.util.List;

import io.hotline.org.Actor;
import io.hotline.platform.Problem;

import org.springframework.stereotype.Service;

/**
 * A practice set for an agent: published questions drawn from their recommended (weak)
 * topics, from every topic while none is weak; taken as an attempt without a pass mark,
 * whose right answers show once it is submitted.
 */
@Service
class PracticeSets {

	static final int DEFAULT_SIZE = 10;

	static final int MOST = 50;

	private final WeakTopics weakTopics;

	private final QuestionStore questions;

	private final Attempts attempts;

	PracticeSets(WeakTopics weakTopics, QuestionStore questions, Attempts attempts) {
		this.weakTopics = weakTopics;
		this.questions = questions;
		this.attempts = attempts;
	}

	AttemptView start(Integer size, Actor actor) {
		int count = (size == null) ? DEFAULT_SIZE : size;
		if (count < 1 || count > MOST) {
			throw Problem.invalid("training.out-of-range", "size", count, 1, MOST);
		}
		var today = this.weakTopics.today();
		List<String> topics = this.weakTopics.of(actor.username(), today.minusDays(WeakTopics.DEFAULT_DAYS), today)
			.recommended();
		if (topics.isEmpty()) {
			topics = this.questions.topics().stream().filter((t) -> t.published() > 0).map((t) -> t.topic()).toList();
		}
		List<Question> drawn = this.questions.drawPublished(topics, count);
		if (drawn.isEmpty()) {
			throw Problem.conflict("training.no-questions");
		}
		return this.attempts.practise(drawn, actor);
	}

	/** The size of a practice set asked for. */
	record Request(Integer size) {
	}

}
