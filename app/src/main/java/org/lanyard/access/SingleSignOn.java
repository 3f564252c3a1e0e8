package org.lanyard.access;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.lanyard.people.PeopleDirectory;
import org.lanyard.people.PersonView;
import org.lanyard.schools.SchoolRole;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * OpenID Connect sign-in (Microsoft Entra ID, Google Workspace), mapped to the people Lanyard already knows by e-mail
 * address. An address with an account signs in to it; a member of staff or governor in the directory with no account
 * yet gets one with the matching role; anyone else is refused.
 */
@Component
class SingleSignOn implements OAuth2UserService<OidcUserRequest, OidcUser> {

	/** The error code of a refusal by Lanyard itself, whose message is written for the person signing in. */
	static final String REFUSED = "lanyard_refused";

	private final OidcUserService delegate = new OidcUserService();

	private final Accounts accounts;

	private final PeopleDirectory people;

	SingleSignOn(Accounts accounts, PeopleDirectory people) {
		this.accounts = accounts;
		this.people = people;
	}

	@Override
	@Transactional
	public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
		OidcUser oidc = delegate.loadUser(request);
		String email = emailOf(oidc);
		if (email == null) {
			throw refuse("Your school account did not share a verified e-mail address with Lanyard.");
		}
		LanyardUser user = accounts.loadByEmail(email)
			.or(() -> fromDirectory(email))
			.orElseThrow(() -> refuse("There is no Lanyard account for " + email
					+ ". Ask your school's Lanyard administrator to add you."));
		if (!user.isEnabled()) {
			throw refuse("Your Lanyard account has been switched off.");
		}
		return new SingleSignOnUser(oidc, user);
	}

	private Optional<LanyardUser> fromDirectory(String email) {
		for (PersonView person : people.findStaffOrGovernorsByEmail(email)) {
			SchoolRole role = "GOVERNOR".equals(person.role()) ? SchoolRole.GOVERNOR : SchoolRole.STAFF;
			var id = accounts.findIdByEmail(email)
				.orElseGet(() -> accounts.create(email, person.displayName(), false, person.id()));
			accounts.grant(id, person.schoolId(), role);
		}
		return accounts.loadByEmail(email);
	}

	/** Entra ID puts the address in {@code email} or {@code preferred_username}; an unverified one is not trusted. */
	private static @Nullable String emailOf(OidcUser oidc) {
		if (Boolean.FALSE.equals(oidc.getEmailVerified())) {
			return null;
		}
		String email = oidc.getEmail();
		if (email == null && oidc.getPreferredUsername() != null && oidc.getPreferredUsername().contains("@")) {
			email = oidc.getPreferredUsername();
		}
		return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	private static OAuth2AuthenticationException refuse(String message) {
		return new OAuth2AuthenticationException(new OAuth2Error(REFUSED, message, null), message);
	}

}
