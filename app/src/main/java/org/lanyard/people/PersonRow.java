package org.lanyard.people;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One validated line of a people file, ready to upsert. */
record PersonRow(int line, String externalId, PersonRole role, String firstName, String lastName,
		@Nullable String preferredName, @Nullable String yearGroup, @Nullable LocalDate dateOfBirth,
		@Nullable String email, List<String> linkedPupils) {
}
