package io.hotline.platform;

import org.apache.coyote.AbstractProtocol;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request threads sized to the machine: four per core (HOTLINE_HTTP_THREADS overrides).
 * Requests are short and wait mostly for their commit, so a few threads per core keep the
 * cores busy, while hundreds of threads on a small machine only add switching and
 * queueing inside the server (measured in docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnClass(ConfigurableTomcatWebServerFactory.class)
class ServerSizing {

	static int perCore(int configured) {
		return configured > 0 ? configured : Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
	}

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> requestThreads(
			@Value("${hotline.http-threads:0}") int configured) {
		int threads = perCore(configured);
		return (factory) -> factory.addConnectorCustomizers((connector) -> {
			if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
				protocol.setMaxThreads(threads);
				protocol.setMinSpareThreads(Math.min(threads, protocol.getMinSpareThreads()));
			}
		});
	}

}
