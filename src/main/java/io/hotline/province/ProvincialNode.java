package io.hotline.province;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The condition of the province's parts: this node serves a province
 * ({@code HOTLINE_JURISDICTION} of two digits).
 */
public class ProvincialNode implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return NodeSettings.provincial(context.getEnvironment().getProperty("hotline.jurisdiction", "4401"));
	}

}
