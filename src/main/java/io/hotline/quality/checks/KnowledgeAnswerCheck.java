package io.hotline.quality.checks;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.hotline.assist.ScenarioChecks;
import io.hotline.assist.ScenarioChecks.KnownAnswer;
import io.hotline.knowledge.KnowledgeAnswers;
import io.hotline.quality.Check;
import io.hotline.quality.Finding;
import io.hotline.quality.Inspected;
import io.hotline.quality.Rule;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * 答复与知识库一致 ({@code ANSWER_KNOWLEDGE}): the agent's answer to the caller's first question
 * agrees with the published article the knowledge base finds for it (assist's
 * {@link ScenarioChecks#answerAgreesWithKnowledge}): a stated fact with the article's
 * unit but another value, or an answer sharing nothing with it, is a finding.
 */
@Component
class KnowledgeAnswerCheck implements Check {

	private final Function<String, Optional<KnownAnswer>> articles;

	@Autowired
	KnowledgeAnswerCheck(KnowledgeAnswers knowledge) {
		this((question) -> knowledge.find(question, 1)
			.stream()
			.findFirst()
			.map((a) -> new KnownAnswer(a.id(), a.title(), a.answer())));
	}

	KnowledgeAnswerCheck(Function<String, Optional<KnownAnswer>> articles) {
		this.articles = articles;
	}

	@Override
	public String kind() {
		return ScenarioChecks.ANSWER_KNOWLEDGE;
	}

	@Override
	public List<Finding> check(Inspected subject, Rule rule) {
		return ScenarioResults.findings(subject, rule,
				ScenarioChecks.answerAgreesWithKnowledge(subject.conversation(), this.articles));
	}

}
