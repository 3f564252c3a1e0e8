package org.lanyard.screening.engine.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.lanyard.screening.engine.ConsentStatus;
import org.lanyard.screening.engine.Consents;
import org.lanyard.screening.engine.PersonRole;
import org.lanyard.screening.engine.PolicyPacks;
import org.lanyard.screening.engine.Purpose;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.RosterPerson;
import org.lanyard.screening.engine.SchoolContext;
import org.lanyard.screening.engine.ScreeningSettings;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A school loaded from files in the acceptance format (people CSV, consents CSV, settings JSON), as the HTTP
 * contract would load it. The CSVs have no quoted fields, so a split on commas reads them.
 */
public final class SampleSchool {

	static final ObjectMapper JSON = new ObjectMapper();

	private SampleSchool() {
	}

	public static SchoolContext load(String prefix, String pack) {
		return SchoolContext.of(roster(prefix + "-roster.csv"), consents(prefix + "-consents.csv"), PolicyPacks.get(pack),
				settings(prefix + "-settings.json"));
	}

	static List<String> lines(String resource) {
		try (InputStream in = SampleSchool.class.getResourceAsStream("/samples/" + resource)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Roster roster(String resource) {
		List<RosterPerson> people = new ArrayList<>();
		for (String line : lines(resource).subList(1, lines(resource).size())) {
			String[] f = line.split(",", -1);
			people.add(new RosterPerson(f[0], PersonRole.valueOf(f[1]), f[2], f[3], f[4].isEmpty() ? null : f[4],
					f[7].isEmpty() ? null : f[7]));
		}
		return Roster.of(people);
	}

	/** Per pupil and purpose the record with the latest date wins; on the same day, the later line. */
	static Consents consents(String resource) {
		Map<String, String[]> latest = new TreeMap<>();
		for (String line : lines(resource).subList(1, lines(resource).size())) {
			String[] f = line.split(",", -1);
			String key = f[0] + "/" + f[1];
			String[] old = latest.get(key);
			if (old == null || old[3].compareTo(f[3]) <= 0) {
				latest.put(key, f);
			}
		}
		Consents.Builder builder = Consents.builder();
		latest.values().forEach(f -> builder.put(f[0], Purpose.valueOf(f[1]), ConsentStatus.valueOf(f[2])));
		return builder.build();
	}

	static ScreeningSettings settings(String resource) {
		JsonNode node = JSON.readTree(String.join("\n", lines(resource)));
		List<String> domains = new ArrayList<>();
		node.path("allowedLinkDomains").forEach(domain -> domains.add(domain.asString()));
		List<String> embargo = new ArrayList<>();
		node.path("embargoTerms").forEach(term -> embargo.add(term.asString()));
		return new ScreeningSettings(domains, embargo);
	}

}
