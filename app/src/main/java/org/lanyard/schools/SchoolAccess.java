package org.lanyard.schools;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The tenancy rule, in one place: a user works in the schools granted to them and the trust administrator sees all.
 * A school the caller may not see answers exactly like a school that does not exist.
 */
@Component
public class SchoolAccess {

	private final SchoolDirectory directory;

	SchoolAccess(SchoolDirectory directory) {
		this.directory = directory;
	}

	/**
	 * The school with this slug, if the current user may work in it.
	 * @throws SchoolNotFoundException when it does not exist or the user holds no role in it
	 */
	public SchoolView require(String slug) {
		SchoolView school = directory.findBySlug(slug).orElseThrow(() -> SchoolNotFoundException.forSlug(slug));
		if (!isTrustAdmin() && rolesIn(school.id()).isEmpty()) {
			throw SchoolNotFoundException.forSlug(slug);
		}
		return school;
	}

	/**
	 * The school, if the current user holds one of these roles in it (the trust administrator always does).
	 * @throws SchoolNotFoundException when the user may not see the school at all
	 * @throws AccessDeniedException when the user sees the school but holds none of the roles
	 */
	public SchoolView requireRole(String slug, SchoolRole... roles) {
		SchoolView school = require(slug);
		if (!hasRole(school.id(), roles)) {
			throw new AccessDeniedException("This needs one of these roles: "
					+ Arrays.stream(roles).map(SchoolRole::title).collect(Collectors.joining(", ")) + ".");
		}
		return school;
	}

	public boolean hasRole(UUID schoolId, SchoolRole... roles) {
		if (isTrustAdmin()) {
			return true;
		}
		Set<SchoolRole> held = rolesIn(schoolId);
		return Arrays.stream(roles).anyMatch(held::contains);
	}

	/** The schools the current user may work in, by name. */
	public List<SchoolView> visibleSchools() {
		if (isTrustAdmin()) {
			return directory.all();
		}
		return directory.withIds(grants().stream().map(Grant.SchoolGrant::schoolId).collect(Collectors.toSet()));
	}

	public Set<SchoolRole> rolesIn(UUID schoolId) {
		Set<SchoolRole> roles = EnumSet.noneOf(SchoolRole.class);
		grants().stream().filter(grant -> grant.schoolId().equals(schoolId)).forEach(grant -> roles.add(grant.role()));
		return roles;
	}

	public boolean isTrustAdmin() {
		return authorities().stream().anyMatch(a -> Grant.TRUST_ADMIN.equals(a.getAuthority()));
	}

	private List<Grant.SchoolGrant> grants() {
		return authorities().stream().flatMap(a -> Grant.parse(a).stream()).toList();
	}

	private static java.util.Collection<? extends GrantedAuthority> authorities() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? List.of() : authentication.getAuthorities();
	}

}
