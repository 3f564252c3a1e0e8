package org.lanyard.audit;

import org.lanyard.schools.SchoolAccess;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The audit page for trust administrators: the latest rows, and verification of the whole chain. */
@Controller
class AuditController {

	private final AuditTrail trail;

	private final ChainVerification verification;

	private final SchoolAccess access;

	AuditController(AuditTrail trail, ChainVerification verification, SchoolAccess access) {
		this.trail = trail;
		this.verification = verification;
		this.access = access;
	}

	@GetMapping("/audit")
	String audit(Model model) {
		requireTrustAdmin(access);
		model.addAttribute("entries", trail.latest(null, 100));
		return "audit/audit";
	}

	@PostMapping("/audit/verify")
	String verify(Model model) {
		requireTrustAdmin(access);
		model.addAttribute("verification", verification.verify());
		model.addAttribute("entries", trail.latest(null, 100));
		return "audit/audit";
	}

	static void requireTrustAdmin(SchoolAccess access) {
		if (!access.isTrustAdmin()) {
			throw new AccessDeniedException("Only trust administrators can see the whole audit trail.");
		}
	}

}
