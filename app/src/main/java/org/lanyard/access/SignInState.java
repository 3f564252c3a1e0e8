package org.lanyard.access;

import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The marker authorities of a session part-way through signing in. Only a session holding {@link #SIGNED_IN} reaches
 * the application; the other two reach only the page that completes sign-in.
 */
final class SignInState {

	/** Fully signed in, second factor included where required. */
	static final SimpleGrantedAuthority SIGNED_IN = new SimpleGrantedAuthority("SIGNED_IN");

	/** Password (or single sign-on) accepted; the second factor is still to come. */
	static final SimpleGrantedAuthority SECOND_FACTOR_PENDING = new SimpleGrantedAuthority("SECOND_FACTOR_PENDING");

	/** Signed in, but a leader's role demands a second factor that has not been set up yet. */
	static final SimpleGrantedAuthority SECOND_FACTOR_SETUP = new SimpleGrantedAuthority("SECOND_FACTOR_SETUP");

	private SignInState() {
	}

}
