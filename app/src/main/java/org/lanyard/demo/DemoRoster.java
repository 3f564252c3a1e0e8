package org.lanyard.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated, clearly fictional roster for a demo school, as the CSV files a school's MIS exports: pupils in their
 * year groups with plausible dates of birth, their parents or carers (siblings share them), staff, governors and
 * volunteers, and the parents' consent answers. The same school always gets the same roster.
 */
final class DemoRoster {

	private static final String[] GIRLS = { "Amelia", "Olivia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya", "Florence",
			"Grace", "Willow", "Poppy", "Evie", "Sophia", "Ella", "Daisy", "Aisha", "Zara", "Maya", "Harper", "Ruby",
			"Phoebe", "Hannah", "Nia", "Priya", "Zofia", "Esme", "Matilda", "Imogen", "Orla" };

	private static final String[] BOYS = { "Oliver", "George", "Noah", "Arthur", "Leo", "Oscar", "Harry", "Archie",
			"Jack", "Henry", "Charlie", "Freddie", "Theo", "Alfie", "Jacob", "Finley", "Mohammed", "Isaac", "Rory",
			"Idris", "Kai", "Ethan", "Louis", "Ibrahim", "Reuben", "Tomasz", "Elijah", "Samuel", "Dylan", "Hugo" };

	private static final String[] ADULTS = { "Sarah", "James", "Emma", "David", "Laura", "Michael", "Rachel", "Daniel",
			"Claire", "Paul", "Helen", "Mark", "Nadia", "Imran", "Joanne", "Stephen", "Kerry", "Gareth", "Amina", "Neil",
			"Lucy", "Chris", "Fiona", "Tariq", "Bethan", "Owen" };

	private static final String[] SURNAMES = { "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
			"Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall",
			"Wood", "Jackson", "Clarke", "Khan", "Hughes", "Edwards", "Lewis", "Harris", "Begum", "Ali", "Kowalski",
			"Okafor", "Murphy", "Price", "Bennett", "Shaw", "Lloyd", "Ahmed", "Nowak", "Fisher", "Mason", "Reid" };

	private static final String[] PURPOSES = { "INTERNAL_DISPLAY", "NEWSLETTER", "WEBSITE", "SOCIAL_MEDIA", "PRESS" };

	private final Random random;

	private final String slug;

	private final List<String> yearGroups;

	private final int pupilsPerYear;

	private final LocalDate today;

	private final StringBuilder people = new StringBuilder(
			"external_id,role,first_name,last_name,preferred_name,year_group,date_of_birth,email,linked_pupils\n");

	private final StringBuilder consents = new StringBuilder("pupil_external_id,purpose,status,recorded_on\n");

	DemoRoster(String slug, List<String> yearGroups, int pupilsPerYear, LocalDate today) {
		this.random = new Random(slug.hashCode());
		this.slug = slug;
		this.yearGroups = yearGroups;
		this.pupilsPerYear = pupilsPerYear;
		this.today = today;
		generate();
	}

	byte[] peopleCsv() {
		return people.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	byte[] consentsCsv() {
		return consents.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	private void generate() {
		String prefix = slug.substring(0, Math.min(3, slug.length())).toUpperCase(java.util.Locale.ROOT);
		int pupilNumber = 0;
		int parentNumber = 0;
		List<String[]> families = new ArrayList<>();
		for (String year : yearGroups) {
			for (int i = 0; i < pupilsPerYear; i++) {
				String id = prefix + "-P" + String.format("%04d", ++pupilNumber);
				boolean girl = random.nextBoolean();
				String first = pick(girl ? GIRLS : BOYS);
				// a sibling now and then: same surname and the same parents as an earlier family
				String[] family = !families.isEmpty() && random.nextInt(6) == 0 ? families.get(random.nextInt(families.size()))
						: null;
				String surname = family == null ? pick(SURNAMES) : family[0];
				String preferred = "Tomasz".equals(first) ? "Tom" : "";
				row(id, "PUPIL", first, surname, preferred, year, dateOfBirth(year), "", "");
				if (family == null) {
					family = new String[] { surname, prefix + "-C" + String.format("%04d", ++parentNumber), id };
					families.add(family);
				}
				else {
					family[2] = family[2] + ";" + id;
				}
				consentsFor(id);
			}
		}
		for (String[] family : families) {
			String first = pick(ADULTS);
			row(family[1], "PARENT", first, family[0], "", "", "",
					(first + "." + family[0]).toLowerCase(java.util.Locale.ROOT) + "@example.com", family[2]);
		}
		adults(prefix + "-S", "STAFF", 14, true);
		adults(prefix + "-G", "GOVERNOR", 5, false);
		adults(prefix + "-V", "VOLUNTEER", 3, false);
	}

	private void adults(String idPrefix, String role, int count, boolean workEmail) {
		for (int i = 1; i <= count; i++) {
			String first = pick(ADULTS);
			String last = pick(SURNAMES);
			String email = workEmail
					? (first.charAt(0) + "." + last).toLowerCase(java.util.Locale.ROOT) + "@" + slug + ".school.example"
					: (first + "." + last + i).toLowerCase(java.util.Locale.ROOT) + "@example.org";
			row(idPrefix + String.format("%02d", i), role, first, last, "", "", "", email, "");
		}
	}

	/** Most families agree to everything; some refuse social media or the press; a few change their minds. */
	private void consentsFor(String pupil) {
		String start = today.minusMonths(2).withDayOfMonth(3).toString();
		int kind = random.nextInt(10);
		for (String purpose : PURPOSES) {
			boolean refused = (kind == 0 && !purpose.equals("INTERNAL_DISPLAY"))
					|| (kind == 1 && (purpose.equals("SOCIAL_MEDIA") || purpose.equals("PRESS")));
			consents.append(pupil).append(',').append(purpose).append(',').append(refused ? "REFUSED" : "GRANTED")
				.append(',').append(start).append('\n');
		}
		if (kind == 2) {
			consents.append(pupil).append(",SOCIAL_MEDIA,WITHDRAWN,").append(today.minusWeeks(2)).append('\n');
		}
	}

	private String dateOfBirth(String year) {
		int schoolYear = switch (year) {
			case "N" -> -1;
			case "R" -> 0;
			default -> Integer.parseInt(year);
		};
		int academicStartYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
		// a child in Reception turned 4 in the academic year before: born between September and August
		LocalDate earliest = LocalDate.of(academicStartYear - 5 - schoolYear, 9, 1);
		return earliest.plusDays(random.nextInt(365)).toString();
	}

	private void row(String id, String role, String first, String last, String preferred, String year, String dob,
			String email, String linked) {
		people.append(String.join(",", id, role, first, last, preferred, year, dob, email, linked)).append('\n');
	}

	private String pick(String[] values) {
		return values[random.nextInt(values.length)];
	}

}
