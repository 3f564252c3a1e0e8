package org.lanyard.schools;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.lanyard.screening.engine.PolicyPacks;
import org.lanyard.shared.FieldProblem;
import org.lanyard.shared.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The trust and its schools. */
@Service
public class SchoolDirectory {

	private final SchoolRepository schools;

	private final ApplicationEventPublisher events;

	SchoolDirectory(SchoolRepository schools, ApplicationEventPublisher events) {
		this.schools = schools;
		this.events = events;
	}

	/** Whether the installation has been set up: a trust exists. */
	public boolean hasTrust() {
		return schools.trustId().isPresent();
	}

	/** The trust's name, or empty before the first start has created it. */
	public Optional<String> trustName() {
		return schools.trustName();
	}

	/** Creates the installation's trust. Called once, at first start. */
	@Transactional
	public UUID createTrust(String name) {
		UUID id = UUID.randomUUID();
		schools.insertTrust(id, name);
		return id;
	}

	/**
	 * Adds a school to the trust on one of the shipped packs.
	 * @throws InvalidInputException when the slug is taken or the pack unknown; nothing is written then
	 */
	@Transactional
	public SchoolView create(CreateSchool school) {
		if (!PolicyPacks.ids().contains(school.policyPack())) {
			throw new InvalidInputException("Unknown policy pack.", List.of(FieldProblem.of("policyPack",
					"Choose one of the shipped packs: " + String.join(", ", PolicyPacks.ids()) + ".")));
		}
		if (schools.slugTaken(school.slug())) {
			throw new InvalidInputException("That short name is taken.",
					List.of(FieldProblem.of("slug", "Another school already uses '" + school.slug() + "'.")));
		}
		UUID trustId = schools.trustId().orElseThrow(() -> new IllegalStateException("No trust yet"));
		UUID id = UUID.randomUUID();
		schools.insert(id, trustId, school);
		events.publishEvent(new SchoolCreated(id, school.slug(), school.policyPack()));
		return new SchoolView(id, school.slug(), school.name().strip(), school.policyPack());
	}

	public List<SchoolView> all() {
		return schools.all();
	}

	/**
	 * The school with this short name. Schools are never renamed or removed, so each node remembers the ones it has
	 * looked up: a busy API caller does not cost a query per call for it.
	 */
	public Optional<SchoolView> findBySlug(String slug) {
		SchoolView known = bySlug.get(slug);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<SchoolView> found = schools.findBySlug(slug);
		found.ifPresent(school -> {
			if (bySlug.size() < 10_000) {
				bySlug.put(slug, school);
			}
		});
		return found;
	}

	private final java.util.Map<String, SchoolView> bySlug = new java.util.concurrent.ConcurrentHashMap<>();

	public Optional<SchoolView> findById(UUID id) {
		return schools.findById(id);
	}

	List<SchoolView> withIds(java.util.Collection<UUID> ids) {
		return schools.withIds(ids);
	}

}
