package io.hotline.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.web.servlet.LocaleResolver;

/**
 * HTTP Basic on {@code /api/**} (stateless, for integrations and scripts) and form login
 * for the browser; the actions themselves check roles, and the public endpoints are
 * health, API docs and Open311.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
			ApplicationEventPublisher events) {
		ProviderManager manager = new ProviderManager(new CachingAuthenticationProvider(users, encoder));
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
		return manager;
	}

	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain security(HttpSecurity http, AuthenticationManager authentication, LocaleResolver locales)
			throws Exception {
		ProblemEntryPoint problems = new ProblemEntryPoint(locales);
		http.authenticationManager(authentication)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
						"/swagger-ui.html", "/open311/**", "/error")
				.permitAll()
				.requestMatchers("/api/**", "/actuator/**")
				.authenticated()
				.anyRequest()
				.permitAll())
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.formLogin((form) -> form.permitAll())
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(problems, (request) -> request.getRequestURI().startsWith("/api/"))
				.defaultAccessDeniedHandlerFor(problems, (request) -> request.getRequestURI().startsWith("/api/")))
			.csrf((csrf) -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.ignoringRequestMatchers("/api/**", "/open311/**"));
		return http.build();
	}

}
