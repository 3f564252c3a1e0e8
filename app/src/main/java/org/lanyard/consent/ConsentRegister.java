package org.lanyard.consent;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.lanyard.people.PeopleDirectory;
import org.lanyard.people.PersonView;
import org.lanyard.schools.SchoolView;
import org.lanyard.shared.CsvTable;
import org.lanyard.shared.FieldProblem;
import org.lanyard.shared.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every consent record of every pupil. History is kept: a withdrawal does not erase the consent before it, and the
 * current answer for a purpose is the record with the latest date (on the same day, the one recorded later).
 */
@Service
public class ConsentRegister {

	static final List<String> COLUMNS = List.of("pupil_external_id", "purpose", "status", "recorded_on");

	private final JdbcClient jdbc;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	ConsentRegister(JdbcClient jdbc, PeopleDirectory people, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.people = people;
		this.events = events;
	}

	/** One checked line of a consents file. */
	private record ConsentLine(int line, UUID pupilId, ConsentPurpose purpose, ConsentAnswer answer, LocalDate recordedOn) {
	}

	/**
	 * Imports a consents file, all or nothing, line by line in file order. A line that repeats the current answer (same
	 * answer, same date) is not added again, so importing the same file twice adds nothing new in the usual case of
	 * one line per pupil and purpose.
	 * @throws InvalidInputException listing every bad line; nothing is written then
	 */
	@Transactional
	public ConsentImportResult importFile(SchoolView school, byte[] csv) {
		Map<String, UUID> pupils = new java.util.HashMap<>();
		people.everyone(school.id()).stream().filter(p -> "PUPIL".equals(p.role()))
			.forEach(p -> pupils.put(p.externalId(), p.id()));
		List<ConsentLine> lines = check(CsvTable.read(csv, COLUMNS), pupils);
		int recorded = 0;
		for (ConsentLine line : lines) {
			// a line that says what the register already says (same answer, same date as the current record) adds
			// nothing; any other line is recorded, so that on the same day the later line wins, as the file says
			recorded += jdbc.sql("""
					insert into consent.consent_record (school_id, pupil_id, purpose, status, recorded_on)
					select :school, :pupil, :purpose, :status, :on
					where not exists (
					    select 1 from (select status, recorded_on from consent.consent_record
					                   where school_id = :school and pupil_id = :pupil and purpose = :purpose
					                   order by recorded_on desc, seq desc limit 1) current
					    where current.status = :status and current.recorded_on = :on)
					""")
				.param("school", school.id()).param("pupil", line.pupilId()).param("purpose", line.purpose().name())
				.param("status", line.answer().name()).param("on", line.recordedOn())
				.update();
		}
		events.publishEvent(new ConsentsImported(school.id(), lines.size(), recorded));
		return new ConsentImportResult(recorded, lines.size() - recorded);
	}

	/** The current answer of every pupil of the school for every purpose they have a record for. */
	@Transactional(readOnly = true)
	public List<CurrentConsent> current(UUID schoolId) {
		return jdbc.sql("""
				select distinct on (c.pupil_id, c.purpose) c.pupil_id, p.external_id, c.purpose, c.status, c.recorded_on
				from consent.consent_record c join people.person p on p.id = c.pupil_id
				where c.school_id = ?
				order by c.pupil_id, c.purpose, c.recorded_on desc, c.seq desc
				""").param(schoolId).query((rs, n) -> new CurrentConsent(rs.getObject(1, UUID.class), rs.getString(2),
				ConsentPurpose.valueOf(rs.getString(3)), ConsentAnswer.valueOf(rs.getString(4)),
				rs.getObject(5, LocalDate.class))).list();
	}

	/** One pupil's current answers. */
	@Transactional(readOnly = true)
	public List<CurrentConsent> currentFor(PersonView pupil) {
		return current(pupil.schoolId()).stream().filter(c -> c.pupilId().equals(pupil.id())).toList();
	}

	private List<ConsentLine> check(CsvTable table, Map<String, UUID> pupils) {
		List<FieldProblem> problems = new ArrayList<>();
		List<ConsentLine> lines = new ArrayList<>();
		for (CsvTable.Row row : table.rows()) {
			int before = problems.size();
			CsvTable.extraFields(row).ifPresent(problems::add);
			UUID pupil = pupils.get(row.get("pupil_external_id"));
			if (row.get("pupil_external_id").isEmpty()) {
				problems.add(FieldProblem.atLine(row.line(), "pupil_external_id", "The pupil's id is missing.", null));
			}
			else if (pupil == null) {
				problems.add(FieldProblem.atLine(row.line(), "pupil_external_id",
						"No pupil with this id in the school. Import the people file first.", row.get("pupil_external_id")));
			}
			ConsentPurpose purpose = parse(ConsentPurpose.class, row, "purpose", problems,
					"The purpose must be INTERNAL_DISPLAY, NEWSLETTER, WEBSITE, SOCIAL_MEDIA or PRESS.");
			ConsentAnswer answer = parse(ConsentAnswer.class, row, "status", problems,
					"The status must be GRANTED, REFUSED or WITHDRAWN.");
			LocalDate on = null;
			try {
				// a date after today is accepted as written: forms are often dated for the start of next term
				on = LocalDate.parse(row.get("recorded_on"));
			}
			catch (DateTimeParseException e) {
				problems.add(FieldProblem.atLine(row.line(), "recorded_on", "Write dates as YYYY-MM-DD, for example 2026-09-03.",
						row.get("recorded_on")));
			}
			if (problems.size() == before) {
				lines.add(new ConsentLine(row.line(), pupil, purpose, answer, on));
			}
		}
		if (table.rows().isEmpty()) {
			problems.add(FieldProblem.atLine(1, "file", "The file has a header but no consent records.", null));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.size() + " problem(s) in the file: nothing was imported.", problems);
		}
		return lines;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, CsvTable.Row row, String column,
			List<FieldProblem> problems, String message) {
		String value = row.get(column).toUpperCase(Locale.ROOT);
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException e) {
			problems.add(FieldProblem.atLine(row.line(), column, message, row.get(column)));
			return null;
		}
	}

}
