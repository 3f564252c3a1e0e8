package org.lanyard.screening.engine.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The real top-level domains, from the bundled copy of IANA's list. A bare {@code example.xyz} counts as a link only
 * when its last label is one of them, which is what tells it from "e.g.", "report.pdf" or "3.5".
 */
final class TopLevelDomains {

	private static final Set<String> ALL = load();

	private TopLevelDomains() {
	}

	static boolean isKnown(String label) {
		return ALL.contains(label.toLowerCase(Locale.ROOT));
	}

	private static Set<String> load() {
		Set<String> tlds = new HashSet<>(2048);
		try (InputStream in = TopLevelDomains.class.getResourceAsStream("tlds.txt")) {
			if (in == null) {
				throw new IllegalStateException("tlds.txt is missing from the screening jar");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String tld = line.strip();
				if (!tld.isEmpty() && !tld.startsWith("#")) {
					tlds.add(tld.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(tlds);
	}

}
