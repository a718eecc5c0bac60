package io.hotline.quality;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The inspection's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InspectionSettings.class)
class QualityConfiguration {

}
