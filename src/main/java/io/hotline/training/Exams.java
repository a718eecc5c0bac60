package io.hotline.training;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.org.UserAccounts;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exams composed by QUALITY, a team leader (for the agents of the groups they lead) or
 * ADMIN: the takers are fixed when it is composed (a group's members then), and the bank
 * must hold enough published questions of its topics.
 */
@Service
class Exams {

	private final ExamStore store;

	private final QuestionStore questions;

	private final TrainingAccess access;

	private final UserAccounts users;

	private final AuditTrail audit;

	Exams(ExamStore store, QuestionStore questions, TrainingAccess access, UserAccounts users, AuditTrail audit) {
		this.store = store;
		this.questions = questions;
		this.access = access;
		this.users = users;
		this.audit = audit;
	}

	static void requireComposer(Actor actor) {
		actor.requireAny(Role.QUALITY, Role.SUPERVISOR, Role.ADMIN);
	}

	@Transactional
	Exam compose(ExamInput input, Actor actor) {
		requireComposer(actor);
		if (input == null) {
			throw Problem.invalid("request.body-required");
		}
		ExamInput exam = input.checked();
		Set<String> takers = new LinkedHashSet<>();
		for (String agent : exam.agents()) {
			boolean isAgent = this.users.profile(agent).map((p) -> p.roles().contains(Role.AGENT)).orElse(false);
			if (!isAgent) {
				throw Problem.invalid("training.not-an-agent", agent);
			}
			if (!TrainingAccess.seesAll(actor) && !this.access.sees(actor, agent)) {
				throw Problem.forbidden("training.not-yours", agent);
			}
			takers.add(agent);
		}
		if (exam.group() != null) {
			takers.addAll(this.access.group(actor, exam.group()));
		}
		int published = this.questions.publishedIn(exam.topics());
		if (published < exam.questionCount()) {
			throw Problem.invalid("training.too-few-questions", exam.questionCount(), published);
		}
		long id = this.store.insert(exam, takers, actor.username());
		this.audit.record(actor.username(), "TRAINING_EXAM_CREATE", "training-exam:" + id, "OK",
				exam.title() + ", " + takers.size() + " takers, topics " + exam.topics());
		return this.store.find(id).orElseThrow();
	}

	/** The exams a composer sees: all for QUALITY and ADMIN, a team leader's own. */
	List<Exam> list(Actor actor) {
		requireComposer(actor);
		return this.store.list(TrainingAccess.seesAll(actor) ? null : actor.username());
	}

	Exam read(long id, Actor actor) {
		Exam exam = this.store.find(id).orElseThrow(() -> Problem.notFound("training.no-exam", id));
		boolean composer = TrainingAccess.seesAll(actor) || exam.createdBy().equals(actor.username());
		if (!composer && !this.store.takes(id, actor.username())) {
			throw Problem.notFound("training.no-exam", id);
		}
		return exam;
	}

}
