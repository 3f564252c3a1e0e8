package org.lanyard.access;

import org.lanyard.shared.FieldProblem;
import org.lanyard.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A one-time sign-in link: the new person chooses their own password, then signs in with it. */
@Controller
class WelcomeController {

	private final SignInLinks links;

	WelcomeController(SignInLinks links) {
		this.links = links;
	}

	@GetMapping("/welcome/{token}")
	String welcome(@PathVariable String token, Model model) {
		var account = links.accountFor(token);
		if (account.isEmpty()) {
			return "access/welcome-expired";
		}
		model.addAttribute("token", token);
		model.addAttribute("email", account.get().email());
		model.addAttribute("name", account.get().displayName());
		return "access/welcome";
	}

	@PostMapping("/welcome/{token}")
	String setPassword(@PathVariable String token, @RequestParam String password, @RequestParam String confirmation,
			Model model, RedirectAttributes redirect) {
		var account = links.accountFor(token);
		if (account.isEmpty()) {
			return "access/welcome-expired";
		}
		try {
			links.setPassword(token, password, confirmation);
		}
		catch (InvalidInputException e) {
			model.addAttribute("token", token);
			model.addAttribute("email", account.get().email());
			model.addAttribute("name", account.get().displayName());
			for (FieldProblem problem : e.problems()) {
				model.addAttribute(problem.field() + "Error", problem.message());
			}
			return "access/welcome";
		}
		redirect.addAttribute("passwordSet", "");
		redirect.addAttribute("email", account.get().email());
		return "redirect:/login";
	}

}
