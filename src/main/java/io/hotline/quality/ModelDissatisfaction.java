package io.hotline.quality;

import java.util.function.DoubleSupplier;

import io.hotline.conversation.SharedDialogueModels;
import io.hotline.conversation.Speaker;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Predicted dissatisfaction by the conversation module's dialogue models: a call where
 * the caller spoke and whose expected satisfaction S (−2…2) is below the threshold the
 * quality team sets ({@code dissatisfiedBelow}, −0.5 by default) goes to review.
 */
@Component
class ModelDissatisfaction implements PredictedDissatisfaction {

	static final double THRESHOLD = -0.5;

	private final SharedDialogueModels models;

	private final DoubleSupplier threshold;

	@Autowired
	ModelDissatisfaction(SharedDialogueModels models, JdbcClient jdbc) {
		this(models, () -> threshold(jdbc));
	}

	ModelDissatisfaction(SharedDialogueModels models, DoubleSupplier threshold) {
		this.models = models;
		this.threshold = threshold;
	}

	@Override
	public boolean dissatisfied(Inspected subject) {
		if (subject.conversation().text(Speaker.CALLER).isBlank()) {
			return false;
		}
		return this.models.assess(subject.conversation()).dissatisfied(this.threshold.getAsDouble());
	}

	/** The threshold the quality team set, {@link #THRESHOLD} where none. */
	static double threshold(JdbcClient jdbc) {
		return jdbc.sql("select value from quality_setting where name = 'dissatisfied-below'")
			.query(String.class)
			.optional()
			.map(Double::parseDouble)
			.orElse(THRESHOLD);
	}

}
