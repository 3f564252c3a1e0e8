package org.lanyard.screening.engine.detect;

import java.util.List;

import org.lanyard.screening.engine.Consents;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.ScreeningRequest;
import org.lanyard.screening.engine.ScreeningSettings;
import org.lanyard.screening.engine.rules.Draft;
import org.lanyard.screening.engine.rules.FindingSink;
import org.lanyard.screening.engine.rules.ScreeningRule;

/** The detectors of personal data and unsafe links in text, prepared once for a school. */
public final class Detectors {

	private Detectors() {
	}

	private static final Postcodes POSTCODES = new Postcodes();

	private static final StreetAddresses STREET_ADDRESSES = new StreetAddresses();

	public static List<ScreeningRule> forSchool(Roster roster, ScreeningSettings settings) {
		SchoolDomains domains = SchoolDomains.of(settings.allowedLinkDomains());
		return List.of(new PhoneNumbers(), new EmailAddresses(roster, domains), POSTCODES, STREET_ADDRESSES,
				new DatesOfBirth(), new UnsafeLinks(domains));
	}

	/**
	 * Whether a short text (an image's location tag, say) holds a full postcode or a street address, by the same
	 * reading as PERSONAL_DATA in the text.
	 */
	public static boolean containsHomeAddress(String text) {
		Draft draft = new Draft(ScreeningRequest.incoming(text), Roster.empty(), Consents.none(), ScreeningSettings.none());
		boolean[] found = { false };
		FindingSink sink = (code, start, end, subject, message) -> found[0] = true;
		POSTCODES.check(draft, sink);
		STREET_ADDRESSES.check(draft, sink);
		return found[0];
	}

}
