package io.hotline.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.LocaleResolver;

/**
 * HTTP Basic on {@code /api/**} (stateless, for integrations and scripts) and a session
 * for the browser's workstation, signed in by {@code POST /login} that answers JSON
 * rather than redirecting; the actions themselves check roles, and the public endpoints
 * are health, API docs, Open311, the citizen portal ({@code /api/public/**}, CSRF-exempt
 * as it carries no credentials) and the workstation's static files.
 * <p>
 * CSRF: a request that rides on the session cookie must echo the {@code XSRF-TOKEN}
 * cookie as {@code X-XSRF-TOKEN}; a request with its own {@code Authorization} header
 * carries no ambient credentials and is exempt, and so is one to the API without any
 * session (it is anonymous and answered 401).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * No observation per security filter, authentication and authorization: together they
	 * cost about a fifth of the CPU of an order intake (docs/performance.md); tracing can
	 * turn them on when it is wired.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * The workstation's signed-in sessions, so that a changed account's sessions can be
	 * ended at once.
	 */
	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the session registry about sessions that end by time-out or sign-out. */
	@Bean
	@ConditionalOnWebApplication
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

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
	SecurityFilterChain security(HttpSecurity http, AuthenticationManager authentication, LocaleResolver locales,
			SessionRegistry sessions) throws Exception {
		ProblemEntryPoint problems = new ProblemEntryPoint(locales);
		http.authenticationManager(authentication)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
						"/swagger-ui.html", "/open311/**", "/api/public/**", "/error")
				.permitAll()
				.requestMatchers("/api/**", "/actuator/**")
				.authenticated()
				.anyRequest()
				.permitAll())
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.formLogin((form) -> form.loginPage("/login")
				.loginProcessingUrl("/login")
				.successHandler((request, response, signedIn) -> {
					// only the workstation's sessions are registered: HTTP Basic requests
					// stay sessionless
					sessions.registerNewSession(request.getSession().getId(), signedIn.getPrincipal());
					SignInAnswers.signedIn(request, response, signedIn);
				})
				.failureHandler((request, response, ex) -> SignInAnswers.refused(request, response, locales))
				.permitAll())
			.addFilter(new ConcurrentSessionFilter(sessions,
					(event) -> problems.commence(event.getRequest(), event.getResponse(), null)))
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(problems, (request) -> request.getRequestURI().startsWith("/api/"))
				.defaultAccessDeniedHandlerFor(problems, (request) -> request.getRequestURI().startsWith("/api/")))
			.csrf((csrf) -> csrf.spa()
				.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.ignoringRequestMatchers("/open311/**", "/api/public/**")
				.ignoringRequestMatchers((request) -> request.getHeader("Authorization") != null)
				.ignoringRequestMatchers((request) -> request.getRequestURI().startsWith("/api/")
						&& request.getRequestedSessionId() == null));
		return http.build();
	}

}
