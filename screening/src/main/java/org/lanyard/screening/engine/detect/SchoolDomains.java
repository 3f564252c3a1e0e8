package org.lanyard.screening.engine.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The school's allowed link domains, normalised. An allowed domain covers its subdomains
 * ({@code www.nationaltrust.org.uk} under {@code nationaltrust.org.uk}) and nothing else: a host that merely contains
 * it ({@code gov.uk.example.com}, {@code bbc.co.uk-login.net}) is another site. The same list says which e-mail
 * addresses are the school's own (staff work addresses are not personal data).
 */
final class SchoolDomains {

	private final List<String> domains;

	private SchoolDomains(List<String> domains) {
		this.domains = domains;
	}

	static SchoolDomains of(List<String> allowed) {
		List<String> normalised = new ArrayList<>();
		for (String entry : allowed) {
			String domain = normalise(entry);
			if (!domain.isEmpty()) {
				normalised.add(domain);
			}
		}
		return new SchoolDomains(List.copyOf(normalised));
	}

	/** Whether the host is one of the allowed domains or a subdomain of one. */
	boolean covers(String host) {
		String h = hostOnly(host);
		for (String domain : domains) {
			if (h.equals(domain) || (h.endsWith(domain) && h.charAt(h.length() - domain.length() - 1) == '.')) {
				return true;
			}
		}
		return false;
	}

	/** The allowed domain a host imitates by containing it without being under it, or {@code null}. */
	@Nullable String imitated(String host) {
		String h = hostOnly(host);
		for (String domain : domains) {
			if (h.contains(domain) && !covers(h)) {
				return domain;
			}
		}
		return null;
	}

	List<String> domains() {
		return domains;
	}

	/** Settings are typed by people: tolerate a scheme, a path, a leading "www." or "*." and a trailing dot. */
	static String normalise(String entry) {
		String d = entry.strip().toLowerCase(Locale.ROOT);
		int scheme = d.indexOf("://");
		if (scheme >= 0) {
			d = d.substring(scheme + 3);
		}
		int at = d.lastIndexOf('@');
		if (at >= 0) {
			d = d.substring(at + 1);
		}
		for (char stop : new char[] { '/', '?', '#', ':' }) {
			int i = d.indexOf(stop);
			if (i >= 0) {
				d = d.substring(0, i);
			}
		}
		if (d.startsWith("*.")) {
			d = d.substring(2);
		}
		if (d.startsWith("www.")) {
			d = d.substring(4);
		}
		return hostOnly(d);
	}

	private static String hostOnly(String host) {
		String h = host.toLowerCase(Locale.ROOT);
		while (h.endsWith(".")) {
			h = h.substring(0, h.length() - 1);
		}
		return h;
	}

}
