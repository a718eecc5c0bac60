package io.hotline.quality.checks;

import java.util.List;

import org.springframework.stereotype.Component;

/** 复述确认: the agent repeats the caller's need to confirm it. */
@Component
class ConfirmationCheck extends PhraseStepCheck {

	static final List<String> PHRASES = List.of("您是说", "您反映的是", "您反映的", "您的意思是", "跟您确认", "确认一下", "核实一下", "我复述", "对吗",
			"是吗", "是不是", "对吧");

	ConfirmationCheck() {
		super(PHRASES, "坐席未复述确认来电人的诉求");
	}

	@Override
	public String kind() {
		return "CONFIRMATION";
	}

}
