package org.lanyard.schools;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Adds a school to the trust.
 *
 * @param slug the short name used in addresses: lower-case letters, digits and hyphens, e.g. {@code lache}
 * @param name the school's full name
 * @param policyPack the id of the shipped pack the school adopts
 */
public record CreateSchool(
		@NotBlank(message = "Give the school a short name for its web address, such as lache.")
		@Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,62}$", message = "Use 2 to 63 lower-case letters, digits and hyphens, starting with a letter or digit.")
		String slug,
		@NotBlank(message = "Give the school's full name.")
		@Size(max = 200, message = "Keep the name under 200 characters.")
		String name,
		@NotBlank(message = "Choose the policy pack the school adopts.")
		String policyPack) {
}
