package org.lanyard.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.lanyard.consent.ConsentRegister;
import org.lanyard.people.PeopleDirectory;
import org.lanyard.schools.CreateSchool;
import org.lanyard.schools.SchoolDirectory;
import org.lanyard.schools.SchoolView;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo trust: five fictional schools, each on one of the five shipped policy packs, with generated rosters and
 * consents, imported through the same paths a real school's files take.
 */
@Component
class DemoTrust {

	static final String NAME = "Northwold Learning Trust (demo)";

	/** A demo school and the pack it adopts. */
	record DemoSchool(String slug, String name, String pack, List<String> yearGroups, int pupilsPerYear) {
	}

	static final List<DemoSchool> SCHOOLS = List.of(
			new DemoSchool("oakfield", "Oakfield Primary School", "little-eaton-2024", primary(), 18),
			new DemoSchool("brookside", "Brookside Primary School", "roman-road-2021", primary(), 15),
			new DemoSchool("heathview", "Heathview Nursery School", "highters-heath", List.of("N", "R"), 24),
			new DemoSchool("millbrook", "Millbrook Primary Academy", "horizon-mat-2020", primary(), 20),
			new DemoSchool("larkspur", "Larkspur Primary School", "lache-2020", primary(), 16));

	private final SchoolDirectory schools;

	private final PeopleDirectory people;

	private final ConsentRegister consents;

	private final Clock clock;

	DemoTrust(SchoolDirectory schools, PeopleDirectory people, ConsentRegister consents, Clock clock) {
		this.schools = schools;
		this.people = people;
		this.consents = consents;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void create() {
		schools.createTrust(NAME);
		for (DemoSchool demo : SCHOOLS) {
			SchoolView school = schools.create(new CreateSchool(demo.slug(), demo.name(), demo.pack()));
			DemoRoster roster = new DemoRoster(demo.slug(), demo.yearGroups(), demo.pupilsPerYear(), LocalDate.now(clock));
			people.importFile(school, roster.peopleCsv());
			consents.importFile(school, roster.consentsCsv());
		}
	}

	private static List<String> primary() {
		return List.of("R", "1", "2", "3", "4", "5", "6");
	}

}
