package org.lanyard.web;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.lanyard.access.LanyardUser;
import org.lanyard.schools.SchoolAccess;
import org.lanyard.schools.SchoolDirectory;
import org.lanyard.schools.SchoolRole;
import org.lanyard.schools.SchoolView;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the frame of every page needs: who is signed in, which schools they can switch between, the school they are
 * in, and the links their roles allow.
 */
@ControllerAdvice(annotations = Controller.class)
class Navigation {

	private final SchoolAccess access;

	private final SchoolDirectory schools;

	Navigation(SchoolAccess access, SchoolDirectory schools) {
		this.access = access;
		this.schools = schools;
	}

	/**
	 * The frame of a page.
	 *
	 * @param userName the signed-in person's name, or {@code null} on public pages
	 * @param trustName the trust's name
	 * @param schools the schools the person can switch between
	 * @param current the school the page is about, or {@code null}
	 * @param roles the person's roles in the current school
	 * @param trustAdmin whether the person is a trust administrator
	 */
	record Frame(@Nullable String userName, String trustName, List<SchoolView> schools, @Nullable SchoolView current,
			Set<SchoolRole> roles, boolean trustAdmin) {

		public boolean signedIn() {
			return userName != null;
		}

		public boolean has(String role) {
			return trustAdmin || roles.contains(SchoolRole.valueOf(role));
		}

		public boolean canReadPeople() {
			return trustAdmin || roles.stream().anyMatch(r -> r != SchoolRole.GOVERNOR);
		}

	}

	@ModelAttribute("frame")
	Frame frame(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			// JSON calls render no page: Spring still asks every advice for model attributes, so answer without a query
			return new Frame(null, "Lanyard", List.of(), null, Set.of(), false);
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String trustName = schools.trustName().orElse("Lanyard");
		if (authentication == null || !(authentication.getPrincipal() instanceof LanyardUser user)
				|| authentication.getAuthorities().stream().noneMatch(a -> "SIGNED_IN".equals(a.getAuthority()))) {
			return new Frame(null, trustName, List.of(), null, Set.of(), false);
		}
		List<SchoolView> visible = access.visibleSchools();
		SchoolView current = currentSchool(request, visible);
		return new Frame(user.displayName(), trustName, visible, current,
				current == null ? Set.of() : access.rolesIn(current.id()), access.isTrustAdmin());
	}

	private static @Nullable SchoolView currentSchool(HttpServletRequest request, List<SchoolView> visible) {
		String[] parts = request.getRequestURI().substring(request.getContextPath().length()).split("/");
		if (parts.length > 2 && "schools".equals(parts[1])) {
			return visible.stream().filter(s -> s.slug().equals(parts[2])).findFirst().orElse(null);
		}
		return null;
	}

}
