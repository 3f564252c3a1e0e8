package org.lanyard.consent;

import java.util.List;

import org.lanyard.schools.SchoolAccess;
import org.lanyard.schools.SchoolRole;
import org.lanyard.schools.SchoolView;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The consent register on the JSON API. */
@RestController
class ConsentApiController {

	static final SchoolRole[] KEEPERS = { SchoolRole.HEADTEACHER, SchoolRole.SLT, SchoolRole.DPO, SchoolRole.SOCIAL_MEDIA_LEAD };

	private final SchoolAccess access;

	private final ConsentRegister register;

	ConsentApiController(SchoolAccess access, ConsentRegister register) {
		this.access = access;
		this.register = register;
	}

	@PostMapping(path = "/api/v1/schools/{slug}/consents", consumes = { "text/csv", "application/csv", "text/plain" })
	ConsentImportResult importConsents(@PathVariable String slug, @RequestBody byte[] csv) {
		SchoolView school = access.requireRole(slug, SchoolRole.HEADTEACHER, SchoolRole.SLT, SchoolRole.DPO);
		return register.importFile(school, csv);
	}

	@GetMapping("/api/v1/schools/{slug}/consents")
	List<CurrentConsent> current(@PathVariable String slug) {
		SchoolView school = access.requireRole(slug, KEEPERS);
		return register.current(school.id());
	}

}
