package org.lanyard.schools;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Schools on the JSON API. */
@RestController
class SchoolApiController {

	private final SchoolDirectory directory;

	private final SchoolAccess access;

	SchoolApiController(SchoolDirectory directory, SchoolAccess access) {
		this.directory = directory;
		this.access = access;
	}

	/** A school on the API. */
	record SchoolJson(UUID id, String slug, String name, String policyPack) {

		static SchoolJson of(SchoolView school) {
			return new SchoolJson(school.id(), school.slug(), school.name(), school.policyPack());
		}

	}

	@PostMapping("/api/v1/schools")
	ResponseEntity<SchoolJson> create(@Valid @RequestBody CreateSchool school) {
		if (!access.isTrustAdmin()) {
			throw new AccessDeniedException("Only trust administrators add schools.");
		}
		SchoolView created = directory.create(school);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Location", "/api/v1/schools/" + created.slug())
			.body(SchoolJson.of(created));
	}

	@GetMapping("/api/v1/schools")
	List<SchoolJson> schools() {
		return access.visibleSchools().stream().map(SchoolJson::of).toList();
	}

	@GetMapping("/api/v1/schools/{slug}")
	SchoolJson school(@PathVariable String slug) {
		return SchoolJson.of(access.require(slug));
	}

}
