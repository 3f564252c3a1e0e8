package org.lanyard.screening;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A school's screening settings as the API and the settings page take them.
 *
 * @param allowedLinkDomains domains the school links to freely; each covers its subdomains
 * @param embargoTerms phrases that must not appear in public yet
 * @param extraTerms the school's own words or phrases to flag, each with the finding code it raises; when absent,
 *     the school's current ones are kept
 * @param exceptions phrases never to flag; when absent, the school's current ones are kept
 */
public record ScreeningSettingsForm(
		@NotNull(message = "Give the list of allowed link domains (it may be empty).")
		@Size(max = 500, message = "Keep to 500 domains or fewer.")
		List<String> allowedLinkDomains,
		@NotNull(message = "Give the list of embargo terms (it may be empty).")
		@Size(max = 500, message = "Keep to 500 terms or fewer.")
		List<String> embargoTerms,
		@Nullable @Size(max = 5000, message = "Keep to 5,000 terms or fewer.") Map<String, String> extraTerms,
		@Nullable @Size(max = 1000, message = "Keep to 1,000 exceptions or fewer.") List<String> exceptions) {
}
