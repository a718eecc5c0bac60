package io.hotline.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.hotline.knowledge.PublishedKnowledge;
import io.hotline.knowledge.PublishedKnowledge.PublishedArticle;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The question bank's changes, each audited: questions generated from the published
 * articles (as drafts), written and edited by hand (an edit makes a question a draft
 * again), published and retired by QUALITY or ADMIN.
 */
@Service
class QuestionBank {

	static final int MOST_TOPICS = 50;

	private final QuestionStore store;

	private final PublishedKnowledge knowledge;

	private final AuditTrail audit;

	QuestionBank(QuestionStore store, PublishedKnowledge knowledge, AuditTrail audit) {
		this.store = store;
		this.knowledge = knowledge;
		this.audit = audit;
	}

	static void requireReviewer(Actor actor) {
		actor.requireAny(Role.QUALITY, Role.ADMIN);
	}

	/**
	 * Drafts from the published articles of these topics (all where none is named) or of
	 * these articles; a question generated before from the same article version is not
	 * made again.
	 */
	@Transactional
	Generated generate(GenerateRequest request, Actor actor) {
		requireReviewer(actor);
		Set<String> topics = new HashSet<>(
				(request != null && request.topics() != null) ? request.topics() : List.of());
		Set<Long> articles = new HashSet<>(
				(request != null && request.articleIds() != null) ? request.articleIds() : List.of());
		if (topics.size() > MOST_TOPICS) {
			throw Problem.invalid("training.count", "topics", 0, MOST_TOPICS);
		}
		List<PublishedArticle> all = this.knowledge.published();
		List<QuestionDraft> drafts = QuestionGenerator.generate(all, (a) -> (topics.isEmpty() && articles.isEmpty())
				|| topics.contains(Topics.of(a)) || articles.contains(a.id()));
		List<Long> created = new ArrayList<>();
		for (QuestionDraft draft : drafts) {
			this.store.insert(draft, actor.username()).ifPresent(created::add);
		}
		this.audit.record(actor.username(), "TRAINING_GENERATE", "training-questions", "OK",
				created.size() + " new of " + drafts.size() + ", topics " + topics + ", articles " + articles);
		return new Generated(created.size(), drafts.size() - created.size(), created);
	}

	@Transactional
	Question create(QuestionInput input, Actor actor) {
		requireReviewer(actor);
		QuestionDraft draft = checked(input);
		long id = this.store.insert(draft, actor.username()).orElseThrow();
		this.audit.record(actor.username(), "TRAINING_QUESTION_CREATE", "training-question:" + id, "OK",
				draft.topic() + " " + draft.kind());
		return read(id, actor);
	}

	@Transactional
	Question update(long id, QuestionInput input, Actor actor) {
		requireReviewer(actor);
		QuestionDraft draft = checked(input);
		if (input.version() == null) {
			throw Problem.invalid("request.required", "version");
		}
		Question before = read(id, actor);
		if (!this.store.update(id, input.version(), draft, actor.username())) {
			throw Problem.conflict("training.stale", id, before.version(), input.version());
		}
		this.audit.record(actor.username(), "TRAINING_QUESTION_UPDATE", "training-question:" + id, "OK",
				"version " + input.version() + " → " + (input.version() + 1));
		return read(id, actor);
	}

	@Transactional
	Question publish(long id, Actor actor) {
		return review(id, Question.PUBLISHED, "TRAINING_QUESTION_PUBLISH", actor);
	}

	@Transactional
	Question retire(long id, Actor actor) {
		return review(id, Question.RETIRED, "TRAINING_QUESTION_RETIRE", actor);
	}

	private Question review(long id, String status, String action, Actor actor) {
		requireReviewer(actor);
		Question question = read(id, actor);
		if (question.status().equals(status)) {
			throw Problem.conflict("training.already", id, status);
		}
		this.store.review(id, status, actor.username());
		this.audit.record(actor.username(), action, "training-question:" + id, "OK",
				question.status() + " → " + status);
		return read(id, actor);
	}

	Question read(long id, Actor actor) {
		requireReviewer(actor);
		return this.store.find(id).orElseThrow(() -> Problem.notFound("training.no-question", id));
	}

	private static QuestionDraft checked(QuestionInput input) {
		if (input == null) {
			throw Problem.invalid("request.body-required");
		}
		return input.checked();
	}

	/**
	 * What to generate from: topics or articles, all published articles where neither is
	 * named.
	 */
	record GenerateRequest(List<String> topics, List<Long> articleIds) {
	}

	/** How many questions were made, how many were there already, the new ones' ids. */
	record Generated(int created, int existing, List<Long> ids) {
	}

}
