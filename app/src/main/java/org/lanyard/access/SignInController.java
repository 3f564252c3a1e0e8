package org.lanyard.access;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the second-factor step. */
@Controller
class SignInController {

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	private final SecondFactors secondFactors;

	private final SignInCompletion completion;

	private final SignInThrottle throttle;

	private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

	SignInController(ObjectProvider<ClientRegistrationRepository> registrations, SecondFactors secondFactors,
			SignInCompletion completion, SignInThrottle throttle) {
		this.registrations = registrations;
		this.secondFactors = secondFactors;
		this.completion = completion;
		this.throttle = throttle;
	}

	/** A single sign-on button on the sign-in page. */
	record SingleSignOnOption(String id, String name) {
	}

	@GetMapping("/login")
	String signIn(HttpSession session, Model model) {
		Object error = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		if (error instanceof AuthenticationException e) {
			model.addAttribute("signInError", messageFor(e));
			session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		}
		model.addAttribute("singleSignOn", singleSignOnOptions());
		return "access/sign-in";
	}

	@GetMapping(SignInCompletion.SECOND_FACTOR_PAGE)
	String secondFactor() {
		return "access/second-factor";
	}

	@PostMapping(SignInCompletion.SECOND_FACTOR_PAGE)
	String checkSecondFactor(@RequestParam("code") String code, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		LanyardUser user = SignInCompletion.principal(authentication);
		try {
			throttle.checkAllowed(user.email(), request.getRemoteAddr());
		}
		catch (AuthenticationException e) {
			model.addAttribute("codeError", e.getMessage());
			return "access/second-factor";
		}
		if (!secondFactors.verify(user.id(), code)) {
			throttle.recordFailure(user.email(), request.getRemoteAddr());
			model.addAttribute("codeError", "That code is not right. Type the 6 digits your authenticator app shows "
					+ "now, or one of your recovery codes.");
			return "access/second-factor";
		}
		request.changeSessionId();
		completion.complete(request, response, user);
		SavedRequest saved = requestCache.getRequest(request, response);
		requestCache.removeRequest(request, response);
		return "redirect:" + (saved == null ? "/" : saved.getRedirectUrl());
	}

	/**
	 * Our own refusals are written for people; Spring's OAuth2 errors ("[invalid_nonce] ...") are not, so they get a
	 * plain sentence with the error code for whoever helps them.
	 */
	private static String messageFor(AuthenticationException e) {
		if (e instanceof OAuth2AuthenticationException oauth && !SingleSignOn.REFUSED.equals(oauth.getError().getErrorCode())) {
			return "Your school account did not sign you in (" + oauth.getError().getErrorCode()
					+ "). Try again, or sign in with your password.";
		}
		return String.valueOf(e.getMessage());
	}

	private List<SingleSignOnOption> singleSignOnOptions() {
		ClientRegistrationRepository repository = registrations.getIfAvailable();
		if (!(repository instanceof InMemoryClientRegistrationRepository memory)) {
			return List.of();
		}
		List<SingleSignOnOption> options = new java.util.ArrayList<>();
		for (ClientRegistration registration : memory) {
			options.add(new SingleSignOnOption(registration.getRegistrationId(), registration.getClientName()));
		}
		return options;
	}

}
