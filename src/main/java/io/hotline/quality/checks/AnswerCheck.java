package io.hotline.quality.checks;

import java.util.List;

import org.springframework.stereotype.Component;

/** 答复或下一步: the agent states the answer or what happens next. */
@Component
public class AnswerCheck extends PhraseStepCheck {

	/** The phrases that state an answer or the next step. */
	public static final List<String> PHRASES = List.of("我们会", "我们将", "会尽快", "将会", "转交", "转给", "派发", "转办", "转到", "工作日内",
			"个工作日", "建议您", "您可以", "可以到", "可以去", "需要您", "需要带", "请您", "帮您登记", "给您登记", "记录下来", "反映给", "反馈给", "联系您", "回复您",
			"答复您", "办理", "处理");

	public AnswerCheck() {
		super(PHRASES, "坐席未告知答复或下一步处理");
	}

	@Override
	public String kind() {
		return "ANSWER";
	}

	/** Whether this agent's text states the answer or the next step by the rule. */
	public boolean states(String agentText, io.hotline.quality.Rule rule) {
		return stated(agentText, rule);
	}

}
