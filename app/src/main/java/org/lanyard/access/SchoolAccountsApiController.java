package org.lanyard.access;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.lanyard.schools.SchoolAccess;
import org.lanyard.schools.SchoolRole;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Who can sign in to a school, on the JSON API. */
@RestController
class SchoolAccountsApiController {

	private final SchoolAccess access;

	private final SchoolAccounts accounts;

	SchoolAccountsApiController(SchoolAccess access, SchoolAccounts accounts) {
		this.access = access;
		this.accounts = accounts;
	}

	/** An invitation: the directory id of a member of staff, governor or volunteer, and the role to give. */
	record InviteJson(@NotBlank(message = "Give the person's id from the directory.") String externalId,
			@NotNull(message = "Give the role.") SchoolRole role) {
	}

	@GetMapping("/api/v1/schools/{slug}/accounts")
	List<SchoolAccounts.Member> members(@PathVariable String slug) {
		return accounts.members(access.requireRole(slug, SchoolAccountsController.MANAGERS));
	}

	@PostMapping("/api/v1/schools/{slug}/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	SchoolAccounts.Invitation invite(@PathVariable String slug, @Valid @RequestBody InviteJson body) {
		return accounts.invite(access.requireRole(slug, SchoolAccountsController.MANAGERS), body.externalId(), body.role());
	}

}
