package org.lanyard.people;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lanyard.schools.SchoolAccess;
import org.lanyard.schools.SchoolView;
import org.lanyard.shared.PageOf;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The people directory on the JSON API. */
@RestController
class PeopleApiController {

	private final SchoolAccess access;

	private final PeopleDirectory directory;

	PeopleApiController(SchoolAccess access, PeopleDirectory directory) {
		this.access = access;
		this.directory = directory;
	}

	/** A person on the API. */
	record PersonJson(UUID id, String externalId, String role, String firstName, String lastName,
			@Nullable String preferredName, @Nullable String yearGroup, @Nullable String dateOfBirth,
			@Nullable String email) {

		static PersonJson of(PersonView p) {
			return new PersonJson(p.id(), p.externalId(), p.role(), p.firstName(), p.lastName(), p.preferredName(),
					p.yearGroup(), p.dateOfBirth() == null ? null : p.dateOfBirth().toString(), p.email());
		}

	}

	/** A person with their family links. */
	record PersonDetailJson(PersonJson person, List<PersonJson> family) {
	}

	@PostMapping(path = "/api/v1/schools/{slug}/people", consumes = { "text/csv", "application/csv", "text/plain" })
	ImportResult importPeople(@PathVariable String slug, @RequestBody byte[] csv) {
		SchoolView school = access.requireRole(slug, PeopleController.IMPORTERS);
		return directory.importFile(school, csv);
	}

	@GetMapping("/api/v1/schools/{slug}/people")
	PageOf<PersonJson> search(@PathVariable String slug, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String role,
			@RequestParam(required = false) @Nullable String yearGroup, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		SchoolView school = access.requireRole(slug, PeopleController.READERS);
		PageOf<PersonView> found = directory.search(school, q, PeopleController.parseRole(role),
				PeopleController.emptyToNull(yearGroup), page, size);
		return new PageOf<>(found.items().stream().map(PersonJson::of).toList(), found.page(), found.size(), found.total());
	}

	@GetMapping("/api/v1/schools/{slug}/people/{id}")
	PersonDetailJson person(@PathVariable String slug, @PathVariable UUID id) {
		SchoolView school = access.requireRole(slug, PeopleController.READERS);
		PersonView person = directory.person(school, id);
		return new PersonDetailJson(PersonJson.of(person), directory.family(person).stream().map(PersonJson::of).toList());
	}

}
