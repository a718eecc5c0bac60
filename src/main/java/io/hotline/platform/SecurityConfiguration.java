package io.hotline.platform;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
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
 * are health, Open311, the citizen portal ({@code /api/public/**}, CSRF-exempt as it
 * carries no credentials) and the workstation's static files. The sessions are kept in
 * the database by Spring Session JDBC, so that every instance of a cluster honours them
 * (a changed account's are deleted there, {@link ForgetChangedAccounts}). The API's
 * description and Swagger UI are for signed-in staff unless
 * {@code hotline.api-docs.public} is set. Both ways of signing in are throttled against
 * password guessing ({@link SignInThrottle}).
 * <p>
 * Every answer carries a Content-Security-Policy and a Referrer-Policy. HSTS goes with
 * the answers over TLS (this server's, or a trusted proxy's where
 * {@code server.forward-headers-strategy=native} believes its {@code X-Forwarded-Proto}),
 * whose cookies are {@code Secure} too; where {@code hotline.https} says that every page
 * is served over TLS, HSTS goes with every answer and the CSRF cookie is always
 * {@code Secure} (the session cookie through
 * {@code server.servlet.session.cookie.secure}).
 * <p>
 * CSRF: a request that rides on the session cookie must echo the {@code XSRF-TOKEN}
 * cookie as {@code X-XSRF-TOKEN}; a request with its own {@code Authorization} header
 * carries no ambient credentials and is exempt, and so is one to the API without any
 * session (it is anonymous and answered 401).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The API's description and its browser: for staff, or public by configuration. */
	static final String[] API_DOCS = { "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**",
			"/swagger-ui.html" };

	/**
	 * What pages may load: the application's own scripts only (the workstation, the
	 * portal and the cockpit are one Vite build; Swagger UI is files of its own), styles
	 * of its own and inline ones (Element Plus, echarts and Swagger UI set style
	 * attributes), images of its own, {@code data:} (icons) and {@code blob:} (a photo
	 * chosen on the portal), calls to its own origin; no plugins, no framing, no foreign
	 * form targets or base.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
			+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * No observation per security filter, authentication and authorization: together they
	 * cost about a fifth of the CPU of an order intake (docs/performance.md); tracing can
	 * turn them on when it is wired.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
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
	SecurityFilterChain security(HttpSecurity http, AuthenticationManager authentication, SignInThrottle throttle,
			LocaleResolver locales, @Value("${hotline.api-docs.public:false}") boolean publicApiDocs,
			@Value("${hotline.https:false}") boolean httpsOnly) throws Exception {
		ProblemEntryPoint problems = new ProblemEntryPoint(locales);
		CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
		if (httpsOnly) {
			csrfTokens.setCookieCustomizer((cookie) -> cookie.secure(true));
		}
		http.authenticationManager(new ThrottledSignIn(authentication, throttle)).authorizeHttpRequests((requests) -> {
			requests.requestMatchers("/actuator/health/**", "/actuator/info", "/open311/**", "/api/public/**", "/error")
				.permitAll();
			if (publicApiDocs) {
				requests.requestMatchers(API_DOCS).permitAll();
			}
			// the platform's own figures (workers' failures and queues among them) to
			// administrators
			requests.requestMatchers("/actuator/metrics/**")
				.hasAuthority("ROLE_ADMIN")
				.requestMatchers("/api/**", "/actuator/**")
				.authenticated()
				.requestMatchers(API_DOCS)
				.authenticated()
				.anyRequest()
				.permitAll();
		})
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.formLogin((form) -> form.loginPage("/login")
				.loginProcessingUrl("/login")
				.successHandler(SignInAnswers::signedIn)
				.failureHandler((request, response, ex) -> SignInAnswers.refused(request, response, ex, locales))
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(problems, (request) -> request.getRequestURI().startsWith("/api/"))
				.defaultAuthenticationEntryPointFor(SignInAnswers::toSwaggerUi,
						(request) -> request.getRequestURI().startsWith("/swagger-ui"))
				.defaultAuthenticationEntryPointFor(problems, (request) -> request.getRequestURI().startsWith("/v3/"))
				.defaultAccessDeniedHandlerFor(problems, (request) -> request.getRequestURI().startsWith("/api/")))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.httpStrictTransportSecurity((hsts) -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())
					.includeSubDomains(true)
					.requestMatcher(httpsOnly ? AnyRequestMatcher.INSTANCE : HttpServletRequest::isSecure)))
			.csrf((csrf) -> csrf.spa()
				.csrfTokenRepository(new BrowserCsrfTokens(csrfTokens))
				.ignoringRequestMatchers("/open311/**", "/api/public/**")
				.ignoringRequestMatchers(BrowserCsrfTokens::carriesOwnCredentials)
				.ignoringRequestMatchers((request) -> request.getRequestURI().startsWith("/api/")
						&& request.getRequestedSessionId() == null));
		return http.build();
	}

}
