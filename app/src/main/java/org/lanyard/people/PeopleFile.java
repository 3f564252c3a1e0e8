package org.lanyard.people;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.lanyard.shared.CsvTable;
import org.lanyard.shared.FieldProblem;
import org.lanyard.shared.InvalidInputException;

/**
 * Reads and checks a people file in the contract's format. Every bad row is reported, each with its line, column and
 * reason, before anything is written.
 */
final class PeopleFile {

	static final List<String> COLUMNS = List.of("external_id", "role", "first_name", "last_name", "preferred_name",
			"year_group", "date_of_birth", "email", "linked_pupils");

	private static final Set<String> YEAR_GROUPS = Set.of("N", "R", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
			"11", "12", "13");

	/** MIS ids vary (UPNs, numbers, letters and slashes); only what would break the file format is refused. */
	private static final Pattern EXTERNAL_ID = Pattern.compile("[^;,\\p{Cntrl}]{1,64}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final int MAX_NAME = 100;

	private final List<FieldProblem> problems = new ArrayList<>();

	private PeopleFile() {
	}

	/**
	 * The rows of the file, all valid.
	 * @param existingRoles the roles of the people the school already has, by external id, to check parents' links
	 * @param today to refuse dates of birth in the future
	 * @throws InvalidInputException listing every problem, when there is any
	 */
	static List<PersonRow> read(byte[] bytes, Map<String, String> existingRoles, LocalDate today) {
		return new PeopleFile().check(CsvTable.read(bytes, COLUMNS), existingRoles, today);
	}

	private List<PersonRow> check(CsvTable table, Map<String, String> existingRoles, LocalDate today) {
		List<PersonRow> rows = new ArrayList<>();
		List<LinkCheck> links = new ArrayList<>();
		Map<String, PersonRole> inFile = new HashMap<>();
		Map<String, Integer> firstLine = new HashMap<>();
		for (CsvTable.Row row : table.rows()) {
			CsvTable.extraFields(row).ifPresent(problems::add);
			String externalId = row.get("external_id");
			Integer earlier = externalId.isEmpty() ? null : firstLine.putIfAbsent(externalId, row.line());
			if (earlier != null) {
				problem(row, "external_id", "The id " + externalId + " is already used on line " + earlier
						+ ". Each person appears once.", externalId);
			}
			PersonRow person = checkRow(row, today);
			if (person != null) {
				rows.add(person);
			}
			// links are checked for every row, so that a line with several mistakes shows them all
			PersonRole role = roleOf(row);
			if (role != null && earlier == null) {
				inFile.put(externalId, role);
			}
			if (role == PersonRole.PARENT) {
				links.add(new LinkCheck(row.line(), linkedPupils(row)));
			}
		}
		if (table.rows().isEmpty()) {
			problems.add(FieldProblem.atLine(1, "file", "The file has a header but no people.", null));
		}
		checkLinks(links, inFile, existingRoles);
		if (!problems.isEmpty()) {
			problems.sort(java.util.Comparator.comparing(p -> p.line() == null ? 0 : p.line()));
			throw new InvalidInputException(problems.size() + " problem(s) in the file: nothing was imported.", problems);
		}
		return rows;
	}

	private record LinkCheck(int line, List<String> pupils) {
	}

	private static PersonRole roleOf(CsvTable.Row row) {
		try {
			return PersonRole.valueOf(row.get("role").toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static List<String> linkedPupils(CsvTable.Row row) {
		return Arrays.stream(row.get("linked_pupils").split(";")).map(String::strip).filter(s -> !s.isEmpty())
			.distinct().toList();
	}

	private PersonRow checkRow(CsvTable.Row row, LocalDate today) {
		int before = problems.size();
		String externalId = row.get("external_id");
		if (externalId.isEmpty()) {
			problem(row, "external_id", "Every person needs an id from the MIS.", null);
		}
		else if (!EXTERNAL_ID.matcher(externalId).matches()) {
			problem(row, "external_id", "Use up to 64 characters, with no commas, semicolons or control characters.", externalId);
		}
		PersonRole role = role(row);
		String first = name(row, "first_name", true);
		String last = name(row, "last_name", true);
		String preferred = name(row, "preferred_name", false);
		String yearGroup = yearGroup(row, role);
		LocalDate dateOfBirth = dateOfBirth(row, today);
		String email = row.get("email");
		if (!email.isEmpty() && (!EMAIL.matcher(email).matches() || email.length() > 254)) {
			problem(row, "email", "This is not an e-mail address.", email);
		}
		List<String> linked = linkedPupils(row);
		if (!linked.isEmpty() && role != null && role != PersonRole.PARENT) {
			problem(row, "linked_pupils", "Only parents and carers are linked to pupils.", row.get("linked_pupils"));
		}
		if (problems.size() > before) {
			return null;
		}
		return new PersonRow(row.line(), externalId, role, first, last, preferred, yearGroup, dateOfBirth,
				email.isEmpty() ? null : email, linked);
	}

	private PersonRole role(CsvTable.Row row) {
		String value = row.get("role").toUpperCase(Locale.ROOT);
		try {
			return PersonRole.valueOf(value);
		}
		catch (IllegalArgumentException e) {
			problem(row, "role", value.isEmpty() ? "Every person needs a role: PUPIL, PARENT, STAFF, GOVERNOR or VOLUNTEER."
					: "The role must be PUPIL, PARENT, STAFF, GOVERNOR or VOLUNTEER.", row.get("role"));
			return null;
		}
	}

	private String name(CsvTable.Row row, String column, boolean required) {
		String value = row.get(column);
		if (required && value.isEmpty()) {
			problem(row, column, "This name is missing.", null);
		}
		else if (value.length() > MAX_NAME) {
			problem(row, column, "Keep names under " + MAX_NAME + " characters.", value);
		}
		return value.isEmpty() ? null : value;
	}

	private String yearGroup(CsvTable.Row row, PersonRole role) {
		String value = row.get("year_group").toUpperCase(Locale.ROOT);
		if (value.isEmpty()) {
			return null;
		}
		if (!YEAR_GROUPS.contains(value)) {
			problem(row, "year_group", "The year group must be N (nursery), R (reception) or a number from 1 to 13.",
					row.get("year_group"));
		}
		return value;
	}

	private LocalDate dateOfBirth(CsvTable.Row row, LocalDate today) {
		String value = row.get("date_of_birth");
		if (value.isEmpty()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value);
			if (date.isAfter(today) || date.getYear() < 1900) {
				problem(row, "date_of_birth", "This date of birth cannot be right.", value);
			}
			return date;
		}
		catch (DateTimeParseException e) {
			problem(row, "date_of_birth", "Write dates as YYYY-MM-DD, for example 2017-09-04.", value);
			return null;
		}
	}

	/** A parent's children must be pupils: in this file or already in the school. */
	private void checkLinks(List<LinkCheck> links, Map<String, PersonRole> inFile, Map<String, String> existingRoles) {
		for (LinkCheck link : links) {
			for (String pupil : link.pupils()) {
				PersonRole fileRole = inFile.get(pupil);
				String existing = existingRoles.get(pupil);
				boolean isPupil = fileRole != null ? fileRole == PersonRole.PUPIL : "PUPIL".equals(existing);
				if (fileRole == null && existing == null) {
					problems.add(FieldProblem.atLine(link.line(), "linked_pupils",
							"No pupil with id " + pupil + " in this file or in the school.", pupil));
				}
				else if (!isPupil) {
					problems.add(FieldProblem.atLine(link.line(), "linked_pupils", pupil + " is not a pupil.", pupil));
				}
			}
		}
	}

	private void problem(CsvTable.Row row, String column, String message, String value) {
		problems.add(FieldProblem.atLine(row.line(), column, message, value));
	}

}
