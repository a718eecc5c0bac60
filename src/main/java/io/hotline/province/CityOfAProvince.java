package io.hotline.province;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The condition of a city's sending parts: this node serves a city and names its province
 * ({@code HOTLINE_PROVINCE_URL}); the bean is not made otherwise, so a city on its own
 * pays nothing.
 */
public class CityOfAProvince implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String url = context.getEnvironment().getProperty("hotline.node.province-url", "");
		return !url.isBlank()
				&& !NodeSettings.provincial(context.getEnvironment().getProperty("hotline.jurisdiction", "4401"));
	}

}
