package org.lanyard.people;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lanyard.schools.SchoolView;
import org.lanyard.shared.PageOf;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people of each school: find them, and bring them in from the MIS. */
@Service
public class PeopleDirectory {

	public static final int MAX_PAGE_SIZE = 200;

	private final PersonRepository people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PeopleDirectory(PersonRepository people, ApplicationEventPublisher events, Clock clock) {
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Imports a people file: all of it or, when any row is bad, none of it.
	 * @throws org.lanyard.shared.InvalidInputException listing every bad row; nothing is written then
	 */
	@Transactional
	public ImportResult importFile(SchoolView school, byte[] csv) {
		List<PersonRow> rows = PeopleFile.read(csv, people.rolesByExternalId(school.id()), LocalDate.now(clock));
		ImportResult result = people.upsert(school.id(), rows);
		events.publishEvent(new PeopleImported(school.id(), rows.size(), result.created(), result.updated(), sha256(csv)));
		return result;
	}

	/** One page of the school's people, by surname, filtered by name or id, role and year group. */
	@Transactional(readOnly = true)
	public PageOf<PersonView> search(SchoolView school, @Nullable String query, @Nullable PersonRole role,
			@Nullable String yearGroup, int page, int size) {
		int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		int pageNumber = Math.max(0, page);
		var result = people.search(school.id(), query, role == null ? null : role.name(), yearGroup, pageNumber, pageSize);
		return new PageOf<>(result.people(), pageNumber, pageSize, result.total());
	}

	/** @throws PersonNotFoundException when the person is not in this school */
	public PersonView person(SchoolView school, UUID id) {
		return people.find(school.id(), id).orElseThrow(() -> PersonNotFoundException.forId(id));
	}

	public Optional<PersonView> findByExternalId(SchoolView school, String externalId) {
		return people.findByExternalId(school.id(), externalId);
	}

	/** A pupil's parents and carers, or a parent's children. */
	public List<PersonView> family(PersonView person) {
		return switch (person.personRole()) {
			case PUPIL -> people.parents(person.id());
			case PARENT -> people.children(person.id());
			default -> List.of();
		};
	}

	/** Everyone in the school, for building the screening roster. */
	@Transactional(readOnly = true)
	public List<PersonView> everyone(UUID schoolId) {
		return people.all(schoolId);
	}

	/** Staff and governors with this e-mail address in any school, for single sign-on. */
	public List<PersonView> findStaffOrGovernorsByEmail(String email) {
		return people.staffOrGovernorsByEmail(email);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
