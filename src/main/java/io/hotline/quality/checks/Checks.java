package io.hotline.quality.checks;

import java.util.List;

import io.hotline.quality.Check;

/** The checks of the rule kinds, for a run without the application (the benchmark). */
public final class Checks {

	private Checks() {
	}

	public static List<Check> all() {
		return List.of(new GreetingCheck(), new ConfirmationCheck(), new AnswerCheck(), new ClosingCheck(),
				new ForbiddenWordsCheck(), new SilenceCheck(), new InterruptionCheck(), new EmotionCheck(),
				new PersonalDataCheck(), new OrderContentCheck(), new OrderAddressCheck());
	}

}
