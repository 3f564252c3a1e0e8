package org.lanyard.screening.engine;

import java.util.List;

/**
 * A school's own screening settings.
 *
 * @param allowedLinkDomains domains the school links to freely; each covers its subdomains
 * @param embargoTerms phrases that must not appear in public yet (plans not yet public, internal matters)
 */
public record ScreeningSettings(List<String> allowedLinkDomains, List<String> embargoTerms) {

	public ScreeningSettings {
		allowedLinkDomains = List.copyOf(allowedLinkDomains);
		embargoTerms = List.copyOf(embargoTerms);
	}

	public static ScreeningSettings none() {
		return new ScreeningSettings(List.of(), List.of());
	}

}
