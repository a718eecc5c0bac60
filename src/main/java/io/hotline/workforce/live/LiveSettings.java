package io.hotline.workforce.live;

import io.hotline.workforce.staffing.ServiceLevel;
import io.hotline.workforce.staffing.Shrinkage;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of the live forecast and the wallboard's alerts
 * ({@code hotline.workforce.live.*}).
 *
 * @param historyWeeks the weeks of the platform's own calls the forecast learns from
 * @param serviceLevelPercent the share answered within the target
 * @param serviceLevelSeconds the target
 * @param defaultHandlingSeconds the handling time when the history has no answered call
 * @param breaks shrinkage: breaks
 * @param training shrinkage: training
 * @param leave shrinkage: leave
 * @param aboveForecastRatio the wallboard's alert when the day so far runs above its
 * forecast by more than this ratio
 */
@ConfigurationProperties("hotline.workforce.live")
record LiveSettings(Integer historyWeeks, Integer serviceLevelPercent, Integer serviceLevelSeconds,
		Integer defaultHandlingSeconds, Double breaks, Double training, Double leave, Double aboveForecastRatio) {

	LiveSettings {
		historyWeeks = (historyWeeks != null) ? historyWeeks : 8;
		serviceLevelPercent = (serviceLevelPercent != null) ? serviceLevelPercent : 80;
		serviceLevelSeconds = (serviceLevelSeconds != null) ? serviceLevelSeconds : 20;
		defaultHandlingSeconds = (defaultHandlingSeconds != null) ? defaultHandlingSeconds : 300;
		breaks = (breaks != null) ? breaks : 0.1;
		training = (training != null) ? training : 0.05;
		leave = (leave != null) ? leave : 0.1;
		aboveForecastRatio = (aboveForecastRatio != null) ? aboveForecastRatio : 1.3;
	}

	ServiceLevel serviceLevel() {
		return ServiceLevel.of(this.serviceLevelPercent, this.serviceLevelSeconds);
	}

	Shrinkage shrinkage() {
		return new Shrinkage(this.breaks, this.training, this.leave);
	}

}
