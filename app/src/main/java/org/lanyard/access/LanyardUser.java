package org.lanyard.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as the session keeps them. Holds no secret once sign-in is over.
 *
 * @param id the account id
 * @param email the e-mail address the person signs in with
 * @param displayName the name shown in the page header
 * @param passwordHash the password hash, erased after sign-in
 * @param totpEnabled whether the person has set up a second factor
 * @param secondFactorRequired whether a role they hold demands a second factor
 * @param disabled whether the account has been switched off
 * @param authorities the rights the person has once fully signed in
 */
public record LanyardUser(UUID id, String email, String displayName, @Nullable String passwordHash, boolean totpEnabled,
		boolean secondFactorRequired, boolean disabled, List<GrantedAuthority> authorities)
		implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return !disabled;
	}

	@Override
	public void eraseCredentials() {
		// records are immutable: the session stores the copy made by withoutSecrets()
	}

	LanyardUser withoutSecrets() {
		return new LanyardUser(id, email, displayName, null, totpEnabled, secondFactorRequired, disabled, authorities);
	}

}
