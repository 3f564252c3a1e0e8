package org.lanyard.access;

import java.util.List;
import java.util.UUID;

import org.lanyard.people.PeopleDirectory;
import org.lanyard.people.PersonRole;
import org.lanyard.schools.SchoolAccess;
import org.lanyard.schools.SchoolRole;
import org.lanyard.schools.SchoolView;
import org.lanyard.shared.InvalidInputException;
import org.lanyard.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page where a Headteacher or trust administrator says who can sign in to the school, and as what. */
@Controller
class SchoolAccountsController {

	static final SchoolRole[] MANAGERS = { SchoolRole.HEADTEACHER };

	private final SchoolAccess access;

	private final SchoolAccounts accounts;

	private final PeopleDirectory people;

	SchoolAccountsController(SchoolAccess access, SchoolAccounts accounts, PeopleDirectory people) {
		this.access = access;
		this.accounts = accounts;
		this.people = people;
	}

	@GetMapping("/schools/{slug}/accounts")
	String members(@PathVariable String slug, Model model) {
		SchoolView school = access.requireRole(slug, MANAGERS);
		model.addAttribute("school", school);
		model.addAttribute("canResetSecondFactors", access.isTrustAdmin());
		model.addAttribute("currentUserId",
				SignInCompletion.principal(SecurityContextHolder.getContext().getAuthentication()).id());
		model.addAttribute("members", accounts.members(school));
		model.addAttribute("roles", SchoolRole.values());
		model.addAttribute("candidates", people.search(school, null, null, null, 0, 1).total() == 0 ? List.of()
				: people.everyone(school.id()).stream()
					.filter(p -> p.personRole() == PersonRole.STAFF || p.personRole() == PersonRole.GOVERNOR
							|| p.personRole() == PersonRole.VOLUNTEER)
					.sorted((a, b) -> a.lastName().compareToIgnoreCase(b.lastName()))
					.toList());
		return "access/members";
	}

	@PostMapping("/schools/{slug}/accounts")
	String invite(@PathVariable String slug, @RequestParam String person, @RequestParam SchoolRole role, Model model) {
		SchoolView school = access.requireRole(slug, MANAGERS);
		try {
			var invitation = accounts.invite(school, person, role);
			model.addAttribute("invitedLink", invitation.signInLink());
			model.addAttribute("invited", true);
		}
		catch (InvalidInputException e) {
			model.addAttribute("personError", e.problems().get(0).message());
		}
		return members(slug, model);
	}

	@PostMapping("/schools/{slug}/accounts/{userId}/second-factor/reset")
	String resetSecondFactor(@PathVariable String slug, @PathVariable UUID userId, Authentication authentication,
			RedirectAttributes redirect) {
		SchoolView school = access.requireRole(slug, MANAGERS);
		if (!access.isTrustAdmin()) {
			throw new AccessDeniedException("Only a trust administrator can take away someone's authenticator app.");
		}
		try {
			if (!accounts.resetSecondFactor(school, userId, SignInCompletion.principal(authentication).id())) {
				throw new MemberNotFoundException();
			}
			redirect.addFlashAttribute("message", "Done. They have been signed out, and set up a new authenticator "
					+ "app the next time they sign in.");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("message", e.problems().get(0).message());
		}
		return "redirect:/schools/" + school.slug() + "/accounts";
	}

	/** Nobody with that account holds a role in this school. */
	static final class MemberNotFoundException extends NotFoundException {

		MemberNotFoundException() {
			super("No one with that account can sign in to this school.");
		}

	}

	@PostMapping("/schools/{slug}/accounts/{userId}/revoke")
	String revoke(@PathVariable String slug, @PathVariable UUID userId, @RequestParam SchoolRole role,
			RedirectAttributes redirect) {
		SchoolView school = access.requireRole(slug, MANAGERS);
		accounts.revoke(school, userId, role);
		redirect.addFlashAttribute("message", "The role " + role.title() + " has been taken away.");
		return "redirect:/schools/" + school.slug() + "/accounts";
	}

}
