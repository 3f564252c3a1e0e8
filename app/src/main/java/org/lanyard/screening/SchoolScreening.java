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

import org.lanyard.consent.ConsentsImported;
import org.lanyard.people.PeopleImported;

import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screens content for a school. The engine's context for a school (roster, consents, pack, settings, prepared
 * matchers) is built once and kept while it is current: each screening reads the school's context version, one
 * indexed row, and rebuilds only when people, consents or settings have changed on any node. The kept contexts are
 * a cache, not shared state: a new node simply builds its own. A node reads the version at most once a second per
 * school, so a change made on another node reaches it within a second; a change made on this node, at once.
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

	/**
	 * How long a node trusts the version it last read before asking again. Changes made on this node take effect at
	 * once (its own imports and settings changes drop the prepared context); on another node within this time.
	 */
	static final long VERSION_CHECK_NANOS = 1_000_000_000L;

	private record Prepared(long version, SchoolContext context, long checkedAt) {
	}

	/** Screens one piece of content against the school's policy, roster and consents. */
	public ScreeningResult screen(SchoolView school, ScreeningRequest request) {
		return context(school).screen(request);
	}

	/** The school's current context, built if it is missing or stale. */
	public SchoolContext context(SchoolView school) {
		Prepared current = prepared.get(school.id());
		long now = System.nanoTime();
		if (current != null && now - current.checkedAt() < VERSION_CHECK_NANOS) {
			return current.context();
		}
		long version = settings.version(school);
		if (current != null && current.version() == version) {
			prepared.put(school.id(), new Prepared(version, current.context(), now));
			return current.context();
		}
		// the version is read before the data, so a change racing with this build only causes one more rebuild
		SchoolContext context = build(school);
		prepared.put(school.id(), new Prepared(version, context, now));
		return context;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(PeopleImported imported) {
		prepared.remove(imported.schoolId());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ConsentsImported imported) {
		prepared.remove(imported.schoolId());
	}

	/** A change made on this node takes effect here at once: the prepared context is dropped once it is committed. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ScreeningSettingsChanged changed) {
		prepared.remove(changed.schoolId());
	}

	@Transactional(readOnly = true)
	SchoolContext build(SchoolView school) {
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
