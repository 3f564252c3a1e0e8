package org.lanyard.schools;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;

/**
 * How a signed-in user's rights are written in their authorities: {@code TRUST_ADMIN} for the trust administrator and
 * {@code school:<school id>:<ROLE>} for each role in a school. Kept in one place so that reading and writing agree.
 */
public final class Grant {

	public static final String TRUST_ADMIN = "TRUST_ADMIN";

	private static final String PREFIX = "school:";

	private Grant() {
	}

	public static String authority(UUID schoolId, SchoolRole role) {
		return PREFIX + schoolId + ":" + role.name();
	}

	/** The school and role an authority grants, or empty for any other authority. */
	public static Optional<SchoolGrant> parse(GrantedAuthority authority) {
		String value = authority.getAuthority();
		if (value == null || !value.startsWith(PREFIX)) {
			return Optional.empty();
		}
		int split = value.lastIndexOf(':');
		try {
			return Optional.of(new SchoolGrant(UUID.fromString(value.substring(PREFIX.length(), split)),
					SchoolRole.valueOf(value.substring(split + 1))));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** One role in one school. */
	public record SchoolGrant(UUID schoolId, SchoolRole role) {
	}

}
