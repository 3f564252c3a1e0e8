package org.lanyard.web;

import org.lanyard.schools.SchoolAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page: the schools the person works in. One school goes straight to it. */
@Controller
class HomeController {

	private final SchoolAccess access;

	HomeController(SchoolAccess access) {
		this.access = access;
	}

	@GetMapping("/")
	String home(Model model) {
		var schools = access.visibleSchools();
		if (schools.size() == 1 && !access.isTrustAdmin()) {
			return "redirect:/schools/" + schools.get(0).slug();
		}
		model.addAttribute("schools", schools);
		return "home";
	}

	/** The school switcher: works as a plain form, so it needs no JavaScript. */
	@GetMapping("/switch")
	String switchSchool(@RequestParam("school") String slug) {
		return "redirect:/schools/" + access.require(slug).slug();
	}

}
