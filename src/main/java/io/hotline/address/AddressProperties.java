package io.hotline.address;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of address recognition.
 *
 * @param learnAfter how many confirmed orders must name a local name with the same
 * division before it becomes an alias in force ({@code HOTLINE_ADDRESS_LEARN_AFTER})
 */
@ConfigurationProperties("hotline.address")
record AddressProperties(Integer learnAfter) {

	AddressProperties {
		learnAfter = (learnAfter == null || learnAfter < 1) ? 2 : learnAfter;
	}

}
