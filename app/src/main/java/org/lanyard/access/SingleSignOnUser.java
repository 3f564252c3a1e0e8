package org.lanyard.access;

import java.io.Serial;
import java.util.Collection;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A person who signed in through their school's Microsoft 365 or Google Workspace, matched to their account. */
record SingleSignOnUser(OidcUser oidc, LanyardUser user) implements OidcUser, java.io.Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	@Override
	public Map<String, Object> getClaims() {
		return oidc.getClaims();
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return oidc.getUserInfo();
	}

	@Override
	public OidcIdToken getIdToken() {
		return oidc.getIdToken();
	}

	@Override
	public Map<String, Object> getAttributes() {
		return oidc.getAttributes();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return user.authorities();
	}

	@Override
	public String getName() {
		return user.email();
	}

}
