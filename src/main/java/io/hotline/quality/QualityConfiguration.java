package io.hotline.quality;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The inspection's settings, and no predicted dissatisfaction until a model plugs in. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InspectionSettings.class)
class QualityConfiguration {

	@Bean
	@ConditionalOnMissingBean
	PredictedDissatisfaction noPredictedDissatisfaction() {
		return PredictedDissatisfaction.NONE;
	}

}
