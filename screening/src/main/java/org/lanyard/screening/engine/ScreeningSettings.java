package org.lanyard.screening.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A school's own screening settings.
 *
 * @param allowedLinkDomains domains the school links to freely; each covers its subdomains
 * @param embargoTerms phrases that must not appear in public yet (plans not yet public, internal matters)
 * @param extraTerms the school's own words or phrases to flag, each with the finding code it raises (a local slur, a
 *     nickname used to bully); plain phrases matched as whole words, case and accents folded
 * @param exceptions phrases the school never wants flagged (a local place name that looks rude); a finding overlapping
 *     one is dropped
 */
public record ScreeningSettings(List<String> allowedLinkDomains, List<String> embargoTerms,
		Map<String, FindingCode> extraTerms, List<String> exceptions) {

	public ScreeningSettings {
		allowedLinkDomains = List.copyOf(allowedLinkDomains);
		embargoTerms = List.copyOf(embargoTerms);
		extraTerms = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extraTerms));
		exceptions = List.copyOf(exceptions);
	}

	/** Settings as the HTTP contract carries them: allowed domains and embargo terms only. */
	public ScreeningSettings(List<String> allowedLinkDomains, List<String> embargoTerms) {
		this(allowedLinkDomains, embargoTerms, Map.of(), List.of());
	}

	public static ScreeningSettings none() {
		return new ScreeningSettings(List.of(), List.of());
	}

}
