package org.lanyard.people;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A person as pages, the API and other modules see them. */
public record PersonView(UUID id, UUID schoolId, String externalId, String role, String firstName, String lastName,
		@Nullable String preferredName, @Nullable String yearGroup, @Nullable LocalDate dateOfBirth,
		@Nullable String email) {

	/** The name the person goes by: preferred name if they have one, then surname. */
	public String displayName() {
		return (preferredName == null || preferredName.isBlank() ? firstName : preferredName) + " " + lastName;
	}

	public PersonRole personRole() {
		return PersonRole.valueOf(role);
	}

	public String yearGroupLabel() {
		if (yearGroup == null) {
			return "";
		}
		return switch (yearGroup) {
			case "N" -> "Nursery";
			case "R" -> "Reception";
			default -> "Year " + yearGroup;
		};
	}

}
