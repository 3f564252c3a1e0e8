package org.lanyard.access;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two doors: the JSON API, which takes bearer tokens and never a cookie, and the web UI, which takes a session after
 * sign-in with password or single sign-on and, where a role demands it, a second factor.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** No inline script or style anywhere: every script and style sheet is a file served by Lanyard itself. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, and the stored hashes say which algorithm made them, so a later change needs no migration
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** The token filter belongs to the API chain only, not to every request the servlet container sees. */
	@Bean
	FilterRegistrationBean<ApiTokenAuthentication> apiTokenFilterOutsideSecurity(ApiTokenAuthentication filter) {
		FilterRegistrationBean<ApiTokenAuthentication> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokenAuthentication tokens) throws Exception {
		return http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.requireExplicitSave(true))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(tokens, AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(SignInState.SIGNED_IN.getAuthority()))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, e) -> ProblemResponses.write(response, 401, "Not signed in",
						"Send an API token: 'Authorization: Bearer <token>'. Make one under Account, API tokens."))
				.accessDeniedHandler((request, response, e) -> ProblemResponses.write(response, 403, "Not allowed",
						e.getMessage() == null ? "Your roles do not allow this." : e.getMessage())))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, SignInCompletion completion,
			SingleSignOn singleSignOn, ObjectProvider<ClientRegistrationRepository> registrations) throws Exception {
		// PasswordSignIn is the only AuthenticationProvider bean, so Spring already puts it in the global
		// AuthenticationManager that this chain falls back on. Adding it here as well ran it twice for every wrong
		// password (once here, once in the parent): each failure counted double and the account locked after three.
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/welcome/**", "/css/**", "/js/**", "/images/**", "/webjars/**",
						"/favicon.ico", "/error", "/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers(SignInCompletion.SECOND_FACTOR_PAGE)
				.hasAuthority(SignInState.SECOND_FACTOR_PENDING.getAuthority())
				.requestMatchers(SignInCompletion.SETUP_PAGE, SignInCompletion.SETUP_PAGE + "/**")
				.hasAnyAuthority(SignInState.SECOND_FACTOR_SETUP.getAuthority(), SignInState.SIGNED_IN.getAuthority())
				.anyRequest()
				.hasAuthority(SignInState.SIGNED_IN.getAuthority()))
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.successHandler(completion)
				.failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error"))
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
			.exceptionHandling(errors -> errors.accessDeniedHandler(partialSignInRedirect())
				.authenticationEntryPoint(signInPage()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny())
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()")));
		if (registrations.getIfAvailable() != null) {
			http.oauth2Login(oauth -> oauth.loginPage("/login")
				.userInfoEndpoint(info -> info.oidcUserService(singleSignOn))
				.successHandler(completion)
				.failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?ssoError")));
		}
		return http.build();
	}

	/**
	 * When the session has ended and htmx asks for part of a page (the people search as someone types), a redirect to
	 * the sign-in page would be followed by the browser and the whole sign-in page swapped into the results. Tell
	 * htmx to load the sign-in page as a page instead.
	 */
	private static AuthenticationEntryPoint signInPage() {
		AuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint("/login");
		return (request, response, e) -> {
			if (request.getHeader("HX-Request") != null) {
				response.setHeader("HX-Redirect", request.getContextPath() + "/login");
				response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			}
			else {
				page.commence(request, response, e);
			}
		};
	}

	/**
	 * A session part-way through sign-in that asks for any other page is sent to the step it still has to take;
	 * anyone else who lacks a role gets the 403 page.
	 */
	private static AccessDeniedHandler partialSignInRedirect() {
		AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
		return (request, response, e) -> {
			Authentication authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
				.getAuthentication();
			if (has(authentication, SignInState.SECOND_FACTOR_PENDING.getAuthority())) {
				response.sendRedirect(request.getContextPath() + SignInCompletion.SECOND_FACTOR_PAGE);
			}
			else if (has(authentication, SignInState.SECOND_FACTOR_SETUP.getAuthority())) {
				response.sendRedirect(request.getContextPath() + SignInCompletion.SETUP_PAGE);
			}
			else {
				forbidden.handle(request, response, e);
			}
		};
	}

	private static boolean has(Authentication authentication, String authority) {
		return authentication != null
				&& authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
	}

}
