package io.hotline.callback.plan;

import java.util.Locale;

import io.hotline.platform.Problem;

/** How a callback reaches the citizen. */
enum PlanChannel {

	/** 机器人外呼: the robot calls and asks by its script. */
	ROBOT,
	/** 短信: a text message with a link to the portal's rating page. */
	SMS,
	/** 微信: a WeChat message with the same link. */
	WECHAT,
	/** 人工回访: a callback agent calls, from the callback queue. */
	PERSON;

	static PlanChannel parse(String name) {
		try {
			return valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (RuntimeException ex) {
			throw Problem.invalid("callback-plan.bad-channel", String.valueOf(name));
		}
	}

}
