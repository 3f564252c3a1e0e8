package org.lanyard.screening.engine.detect;

import java.util.List;

import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.ScreeningSettings;
import org.lanyard.screening.engine.rules.ScreeningRule;

/** The detectors of personal data, unsafe links and image metadata, prepared once for a school. */
public final class Detectors {

	private Detectors() {
	}

	public static List<ScreeningRule> forSchool(Roster roster, ScreeningSettings settings) {
		SchoolDomains domains = SchoolDomains.of(settings.allowedLinkDomains());
		return List.of(new PhoneNumbers(), new EmailAddresses(roster, domains), new Postcodes(), new StreetAddresses(),
				new DatesOfBirth(), new UnsafeLinks(domains));
	}

}
