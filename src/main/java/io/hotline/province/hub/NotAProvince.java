package io.hotline.province.hub;

import io.hotline.platform.Problem;
import io.hotline.province.ProvincialNode;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * On a city hotline the province's calls answer 404 saying why, rather than as an unknown
 * path.
 */
@RestController
@Conditional(NotAProvince.CityNode.class)
class NotAProvince {

	@RequestMapping({ "/api/province", "/api/province/**" })
	void refuse() {
		throw Problem.notFound("province.not-a-province");
	}

	static class CityNode implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !new ProvincialNode().matches(context, metadata);
		}

	}

}
