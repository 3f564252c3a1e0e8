package org.lanyard.people;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lanyard.schools.SchoolAccess;
import org.lanyard.schools.SchoolRole;
import org.lanyard.schools.SchoolView;
import org.lanyard.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The directory pages: list and search, a person's page, and the import of a people file. */
@Controller
class PeopleController {

	static final SchoolRole[] READERS = { SchoolRole.HEADTEACHER, SchoolRole.DSL, SchoolRole.DEPUTY_DSL, SchoolRole.SLT,
			SchoolRole.SOCIAL_MEDIA_LEAD, SchoolRole.STAFF, SchoolRole.DPO };

	static final SchoolRole[] IMPORTERS = { SchoolRole.HEADTEACHER, SchoolRole.SLT, SchoolRole.DPO };

	private static final int PAGE_SIZE = 25;

	private final SchoolAccess access;

	private final PeopleDirectory directory;

	PeopleController(SchoolAccess access, PeopleDirectory directory) {
		this.access = access;
		this.directory = directory;
	}

	@GetMapping("/schools/{slug}/people")
	String list(@PathVariable String slug, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String role,
			@RequestParam(name = "year", required = false) @Nullable String yearGroup,
			@RequestParam(defaultValue = "0") int page, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
			Model model) {
		SchoolView school = access.requireRole(slug, READERS);
		PersonRole personRole = parseRole(role);
		model.addAttribute("school", school);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("role", personRole == null ? "" : personRole.name());
		model.addAttribute("year", yearGroup == null ? "" : yearGroup);
		model.addAttribute("roles", PersonRole.values());
		model.addAttribute("yearGroups", List.of("N", "R", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"));
		model.addAttribute("results", directory.search(school, q, personRole, emptyToNull(yearGroup), page, PAGE_SIZE));
		model.addAttribute("canImport", access.hasRole(school.id(), IMPORTERS));
		// htmx asks for the results only as the person types; a plain request (no JavaScript) gets the whole page, and
		// so does htmx when it restores a page from history (it puts the answer in place of the whole body)
		return htmx != null && historyRestore == null ? "people/list :: results" : "people/list";
	}

	@GetMapping("/schools/{slug}/people/{id}")
	String person(@PathVariable String slug, @PathVariable UUID id, Model model) {
		SchoolView school = access.requireRole(slug, READERS);
		PersonView person = directory.person(school, id);
		model.addAttribute("school", school);
		model.addAttribute("person", person);
		model.addAttribute("family", directory.family(person));
		return "people/person";
	}

	@GetMapping("/schools/{slug}/people/import")
	String importForm(@PathVariable String slug, Model model) {
		model.addAttribute("school", access.requireRole(slug, IMPORTERS));
		model.addAttribute("columns", String.join(",", PeopleFile.COLUMNS));
		return "people/import";
	}

	@PostMapping("/schools/{slug}/people/import")
	String importFile(@PathVariable String slug, @RequestParam("file") MultipartFile file, Model model) throws IOException {
		SchoolView school = access.requireRole(slug, IMPORTERS);
		model.addAttribute("school", school);
		model.addAttribute("columns", String.join(",", PeopleFile.COLUMNS));
		model.addAttribute("fileName", file.getOriginalFilename());
		if (file.isEmpty()) {
			model.addAttribute("fileError", "Choose a CSV file to import.");
			return "people/import";
		}
		try {
			model.addAttribute("result", directory.importFile(school, file.getBytes()));
		}
		catch (InvalidInputException e) {
			model.addAttribute("problems", e.problems());
			model.addAttribute("summary", e.getMessage());
		}
		return "people/import";
	}

	static @Nullable PersonRole parseRole(@Nullable String role) {
		if (role == null || role.isBlank()) {
			return null;
		}
		return Arrays.stream(PersonRole.values()).filter(r -> r.name().equalsIgnoreCase(role.strip())).findFirst()
			.orElseThrow(() -> InvalidInputException.of("role", "The role must be one of PUPIL, PARENT, STAFF, GOVERNOR, VOLUNTEER."));
	}

	static @Nullable String emptyToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip().toUpperCase(java.util.Locale.ROOT);
	}

}
