package io.hotline.province.hub;

import java.time.Clock;

import io.hotline.platform.AuditTrail;
import io.hotline.platform.HotlineProperties;
import io.hotline.province.NodeSettings;
import io.hotline.province.ProvincialNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The city nodes' door of a province ({@code /api/node/**}): no session, no CSRF token,
 * no user: a call is let in by its signature alone ({@link NodeSignatures}), before the
 * users' filter chain is asked.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@Conditional(ProvincialNode.class)
class NodeSecurity {

	private static final Logger log = LoggerFactory.getLogger(NodeSecurity.class);

	@Bean
	@Order(0)
	SecurityFilterChain nodeCalls(HttpSecurity http, NodeSettings settings, HotlineProperties properties,
			AuditTrail audit, Clock clock) throws Exception {
		if (settings.masterKey() == null) {
			log.warn("this province has no HOTLINE_NODE_MASTER_KEY: its city nodes cannot send it anything");
		}
		// "/api/node/*/**": the cities' calls (/api/node/orders …), not GET /api/node
		// (what this node is, for users)
		return http.securityMatcher("/api/node/*/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole("NODE"))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.addFilterBefore(new NodeSignatures(settings, properties.jurisdiction(), audit, clock),
					AnonymousAuthenticationFilter.class)
			.build();
	}

}
