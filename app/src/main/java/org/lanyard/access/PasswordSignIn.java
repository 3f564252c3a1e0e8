package org.lanyard.access;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * E-mail and password sign-in, throttled: refused outright after too many recent failures, each failure counted.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	PasswordSignIn(Accounts accounts, PasswordEncoder encoder, SignInThrottle throttle) {
		UserDetailsService users = email -> accounts.loadByEmail(email)
			.filter(user -> user.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		// Spring checks "disabled" before the password, which told anyone typing an address that the account exists
		// (in Spring's words, "User is disabled"). Check it after the password instead, and say it in ours.
		this.passwords.setPreAuthenticationChecks(user -> {
		});
		this.passwords.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("Your Lanyard account has been switched off. Ask your trust administrator.");
			}
		});
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = String.valueOf(authentication.getName());
		String address = remoteAddress(authentication);
		throttle.checkAllowed(email, address);
		try {
			// The failures are cleared only once sign-in is complete (SignInCompletion): clearing them here, after the
			// password alone, let anyone who knows the password guess second-factor codes without limit.
			return passwords.authenticate(authentication);
		}
		catch (BadCredentialsException e) {
			throttle.recordFailure(email, address);
			throw new BadCredentialsException("That e-mail address and password do not match an account.");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static @Nullable String remoteAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
	}

}
