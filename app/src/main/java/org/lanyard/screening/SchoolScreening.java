package org.lanyard.screening;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.lanyard.consent.ConsentRegister;
import org.lanyard.consent.CurrentConsent;
import org.lanyard.people.PeopleDirectory;
import org.lanyard.people.PersonView;
import org.lanyard.schools.SchoolView;
import org.lanyard.screening.engine.ConsentStatus;
import org.lanyard.screening.engine.Consents;
import org.lanyard.screening.engine.PersonRole;
import org.lanyard.screening.engine.PolicyPacks;
import org.lanyard.screening.engine.Purpose;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.RosterPerson;
import org.lanyard.screening.engine.SchoolContext;
import org.lanyard.screening.engine.ScreeningRequest;
import org.lanyard.screening.engine.ScreeningResult;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screens content for a school. The engine's context for a school (roster, consents, pack, settings, prepared
 * matchers) is built once and kept while it is current: each screening reads the school's context version, one
 * indexed row, and rebuilds only when people, consents or settings have changed on any node. The kept contexts are
 * a cache, not shared state: a new node simply builds its own.
 */
@Service
public class SchoolScreening {

	private final PeopleDirectory people;

	private final ConsentRegister consents;

	private final ScreeningSettingsService settings;

	private final Map<UUID, Prepared> prepared = new ConcurrentHashMap<>();

	SchoolScreening(PeopleDirectory people, ConsentRegister consents, ScreeningSettingsService settings) {
		this.people = people;
		this.consents = consents;
		this.settings = settings;
	}

	private record Prepared(long version, SchoolContext context) {
	}

	/** Screens one piece of content against the school's policy, roster and consents. */
	public ScreeningResult screen(SchoolView school, ScreeningRequest request) {
		return context(school).screen(request);
	}

	/** The school's current context, built if it is missing or stale. */
	@Transactional(readOnly = true)
	public SchoolContext context(SchoolView school) {
		long version = settings.version(school);
		Prepared current = prepared.get(school.id());
		if (current != null && current.version() == version) {
			return current.context();
		}
		// the version is read before the data, so a change racing with this build only causes one more rebuild
		SchoolContext context = build(school);
		prepared.put(school.id(), new Prepared(version, context));
		return context;
	}

	private SchoolContext build(SchoolView school) {
		List<RosterPerson> roster = people.everyone(school.id()).stream().map(SchoolScreening::rosterPerson).toList();
		Consents.Builder answers = Consents.builder();
		for (CurrentConsent consent : consents.current(school.id())) {
			answers.put(consent.pupilExternalId(), Purpose.valueOf(consent.purpose().name()),
					ConsentStatus.valueOf(consent.answer().name()));
		}
		return SchoolContext.of(Roster.of(roster), answers.build(), PolicyPacks.get(school.policyPack()),
				settings.settings(school));
	}

	private static RosterPerson rosterPerson(PersonView person) {
		return new RosterPerson(person.externalId(), PersonRole.valueOf(person.role()), person.firstName(),
				person.lastName(), person.preferredName(), person.email());
	}

}
