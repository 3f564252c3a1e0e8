package org.lanyard.schools;

import jakarta.validation.Valid;

import org.lanyard.screening.engine.PolicyPacks;
import org.lanyard.shared.FieldProblem;
import org.lanyard.shared.InvalidInputException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The trust's schools: the list, adding a school, and each school's home page. */
@Controller
class SchoolController {

	private final SchoolDirectory directory;

	private final SchoolAccess access;

	SchoolController(SchoolDirectory directory, SchoolAccess access) {
		this.directory = directory;
		this.access = access;
	}

	@GetMapping("/schools")
	String schools(Model model) {
		model.addAttribute("schools", access.visibleSchools());
		model.addAttribute("canCreate", access.isTrustAdmin());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CreateSchool("", "", PolicyPacks.ids().get(0)));
		}
		model.addAttribute("packs", PolicyPacks.ids().stream().map(PolicyPacks::get).toList());
		return "schools/schools";
	}

	@PostMapping("/schools")
	String create(@Valid @ModelAttribute("form") CreateSchool form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!access.isTrustAdmin()) {
			throw new AccessDeniedException("Only trust administrators add schools.");
		}
		if (!binding.hasErrors()) {
			try {
				SchoolView school = directory.create(form);
				redirect.addFlashAttribute("message", school.name() + " has been added.");
				return "redirect:/schools/" + school.slug();
			}
			catch (InvalidInputException e) {
				for (FieldProblem problem : e.problems()) {
					binding.rejectValue(problem.field(), "invalid", problem.message());
				}
			}
		}
		return schools(model);
	}

	@GetMapping("/schools/{slug}")
	String school(@PathVariable String slug, Model model) {
		SchoolView school = access.require(slug);
		model.addAttribute("school", school);
		model.addAttribute("pack", PolicyPacks.get(school.policyPack()));
		model.addAttribute("roles", access.rolesIn(school.id()));
		return "schools/school";
	}

}
