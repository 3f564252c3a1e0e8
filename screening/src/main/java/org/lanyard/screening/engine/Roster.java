package org.lanyard.screening.engine;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The people of one school, by external id. Immutable. */
public final class Roster {

	private final Map<String, RosterPerson> byExternalId;

	private Roster(Map<String, RosterPerson> byExternalId) {
		this.byExternalId = byExternalId;
	}

	public static Roster of(Collection<RosterPerson> people) {
		Map<String, RosterPerson> map = new LinkedHashMap<>();
		people.forEach(person -> map.put(person.externalId(), person));
		return new Roster(java.util.Collections.unmodifiableMap(map));
	}

	public static Roster empty() {
		return of(List.of());
	}

	public Optional<RosterPerson> find(String externalId) {
		return Optional.ofNullable(byExternalId.get(externalId));
	}

	public Collection<RosterPerson> people() {
		return byExternalId.values();
	}

	public int size() {
		return byExternalId.size();
	}

}
