package org.lanyard.access;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * What happens after the first factor (password or single sign-on) succeeds: straight in, or on to the second factor,
 * or on to setting one up when a leader's role demands it. Whichever way the person came, the session then holds the
 * same kind of authentication, so the rest of Lanyard never needs to know.
 */
@Component
class SignInCompletion extends SavedRequestAwareAuthenticationSuccessHandler {

	static final String SECOND_FACTOR_PAGE = "/login/second-factor";

	static final String SETUP_PAGE = "/account/second-factor/setup";

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final Accounts accounts;

	private final SignInThrottle throttle;

	SignInCompletion(Accounts accounts, SignInThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		LanyardUser user = principal(authentication).withoutSecrets();
		if (user.totpEnabled()) {
			establish(request, response, user, List.of(SignInState.SECOND_FACTOR_PENDING));
			getRedirectStrategy().sendRedirect(request, response, SECOND_FACTOR_PAGE);
		}
		else if (user.secondFactorRequired()) {
			establish(request, response, user, List.of(SignInState.SECOND_FACTOR_SETUP));
			getRedirectStrategy().sendRedirect(request, response, SETUP_PAGE);
		}
		else {
			complete(request, response, user);
			super.onAuthenticationSuccess(request, response, SecurityContextHolder.getContext().getAuthentication());
		}
	}

	/**
	 * Gives the session the person's full rights, reloaded from the database. Only now, with every factor given, are
	 * the failed attempts against the address forgotten.
	 */
	void complete(HttpServletRequest request, HttpServletResponse response, LanyardUser user) {
		LanyardUser current = accounts.load(user.id()).orElse(user).withoutSecrets();
		establish(request, response, current, current.authorities());
		accounts.recordSignIn(current.id());
		throttle.clear(current.email());
	}

	private void establish(HttpServletRequest request, HttpServletResponse response, LanyardUser user,
			List<? extends GrantedAuthority> authorities) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	static LanyardUser principal(Authentication authentication) {
		Object principal = authentication.getPrincipal();
		if (principal instanceof LanyardUser user) {
			return user;
		}
		if (principal instanceof SingleSignOnUser sso) {
			return sso.user();
		}
		throw new IllegalStateException("Unexpected principal " + principal);
	}

}
