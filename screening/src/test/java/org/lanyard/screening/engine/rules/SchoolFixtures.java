package org.lanyard.screening.engine.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.lanyard.screening.engine.ConsentStatus;
import org.lanyard.screening.engine.Consents;
import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.Finding;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.PersonRole;
import org.lanyard.screening.engine.PolicyPacks;
import org.lanyard.screening.engine.Purpose;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.RosterPerson;
import org.lanyard.screening.engine.SchoolContext;
import org.lanyard.screening.engine.ScreeningRequest;
import org.lanyard.screening.engine.ScreeningResult;
import org.lanyard.screening.engine.ScreeningSettings;

/**
 * Brook Farm Primary, a small fictional school whose names are traps: pupils called Hope, Summer, Grace and Miles,
 * staff called Mr Dick, Mrs Cockburn and Mr Pratt.
 */
final class SchoolFixtures {

	static final Roster ROSTER = Roster.of(List.of(
			pupil("P1", "Grace", "Hill", null),
			pupil("P2", "Hope", "Walker", null),
			pupil("P3", "Summer", "Price", null),
			pupil("P4", "Miles", "Carter", null),
			pupil("P5", "Zoë", "D'Souza", null),
			pupil("P6", "Liam", "O'Neill", null),
			pupil("P7", "Ruby-Jo", "Pearce", null),
			pupil("P8", "Tomasz", "Zieliński", "Tom"),
			pupil("P9", "Ayesha", "Begum", null),
			pupil("P10", "Autumn", "Fisher", null),
			new RosterPerson("F1", PersonRole.PARENT, "Donna", "Fisher", null, "donna@example.com"),
			new RosterPerson("S1", PersonRole.STAFF, "Richard", "Dick", null, null),
			new RosterPerson("S2", PersonRole.STAFF, "Linda", "Cockburn", null, null),
			new RosterPerson("S3", PersonRole.STAFF, "Gareth", "Pratt", null, null),
			new RosterPerson("G1", PersonRole.GOVERNOR, "Colin", "Ashe", null, null),
			new RosterPerson("V1", PersonRole.VOLUNTEER, "June", "Bell", null, null)));

	/** Everyone granted for social media except Miles (refused), Hope (withdrawn) and Zoë (never asked). */
	static final Consents CONSENTS = consents();

	static final ScreeningSettings SETTINGS = new ScreeningSettings(List.of("brookfarm.sch.uk"),
			List.of("Oak Academy Trust", "budget deficit", "Ofsted call"), Map.of("scrote", FindingCode.OFFENSIVE_LANGUAGE),
			List.of("Cockshutt Road"));

	/** The listed rules only: each rule's tests check that rule; the learned models have their own tests. */
	static final SchoolContext SCHOOL = SchoolContext.of(ROSTER, CONSENTS, PolicyPacks.get("lache-2020"), SETTINGS)
		.listedRulesOnly();

	private SchoolFixtures() {
	}

	private static RosterPerson pupil(String id, String first, String last, String preferred) {
		return new RosterPerson(id, PersonRole.PUPIL, first, last, preferred, null);
	}

	private static Consents consents() {
		Consents.Builder builder = Consents.builder();
		for (RosterPerson person : ROSTER.people()) {
			if (person.role() == PersonRole.PUPIL && !person.externalId().equals("P5")) {
				for (Purpose purpose : Purpose.values()) {
					builder.put(person.externalId(), purpose, ConsentStatus.GRANTED);
				}
			}
		}
		builder.put("P4", Purpose.SOCIAL_MEDIA, ConsentStatus.REFUSED);
		builder.put("P2", Purpose.SOCIAL_MEDIA, ConsentStatus.WITHDRAWN);
		return builder.build();
	}

	static ScreeningResult incoming(String text) {
		return SCHOOL.screen(ScreeningRequest.incoming(text));
	}

	static ScreeningResult outgoing(String text, String... pictured) {
		return SCHOOL.screen(new ScreeningRequest(Direction.OUTGOING, Purpose.SOCIAL_MEDIA, text, Arrays.asList(pictured),
				List.of()));
	}

	/** The findings of one code. */
	static List<Finding> of(ScreeningResult result, FindingCode code) {
		return result.findings().stream().filter(finding -> finding.code() == code).toList();
	}

	/** The words a finding points at in the text. */
	static String words(String text, Finding finding) {
		return text.substring(finding.start(), finding.end());
	}

}
