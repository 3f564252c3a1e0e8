package org.lanyard.audit;

import org.lanyard.schools.SchoolAccess;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Verification of the audit chain on the API. */
@RestController
class AuditApiController {

	private final ChainVerification verification;

	private final SchoolAccess access;

	AuditApiController(ChainVerification verification, SchoolAccess access) {
		this.verification = verification;
		this.access = access;
	}

	@GetMapping("/api/v1/audit/verify")
	ChainVerification.Result verify() {
		AuditController.requireTrustAdmin(access);
		return verification.verify();
	}

}
