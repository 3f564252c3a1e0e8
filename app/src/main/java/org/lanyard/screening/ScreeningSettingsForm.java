package org.lanyard.screening;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A school's screening settings as the API and the settings page take them.
 *
 * @param allowedLinkDomains domains the school links to freely; each covers its subdomains
 * @param embargoTerms phrases that must not appear in public yet
 */
public record ScreeningSettingsForm(
		@NotNull(message = "Give the list of allowed link domains (it may be empty).")
		@Size(max = 500, message = "Keep to 500 domains or fewer.")
		List<String> allowedLinkDomains,
		@NotNull(message = "Give the list of embargo terms (it may be empty).")
		@Size(max = 500, message = "Keep to 500 terms or fewer.")
		List<String> embargoTerms) {
}
