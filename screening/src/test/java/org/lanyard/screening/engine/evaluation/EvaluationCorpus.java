package org.lanyard.screening.engine.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lanyard.screening.engine.ConsentStatus;
import org.lanyard.screening.engine.Consents;
import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.ImageInput;
import org.lanyard.screening.engine.PersonRole;
import org.lanyard.screening.engine.PolicyPacks;
import org.lanyard.screening.engine.Purpose;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.RosterPerson;
import org.lanyard.screening.engine.SchoolContext;
import org.lanyard.screening.engine.ScreeningRequest;
import org.lanyard.screening.engine.ScreeningSettings;
import org.lanyard.screening.engine.Verdict;

import tools.jackson.databind.json.JsonMapper;

/**
 * An evaluation corpus as it sits on the test classpath: the cases, the school's people, consents and screening
 * settings in the formats of the HTTP contract, and the image fixtures.
 * <p>
 * Three corpora ship with the engine's tests: {@link #own()}, the team's own cases for the fictional Brackenmoor Church
 * of England Primary School, {@link #samples()}, the 25 shared acceptance samples for Ashby Lane Primary, and
 * {@link #blind()}, cases for the fictional Ravensgill Primary School written blind to the engine and its tuning. The raw
 * CSV and JSON ({@link #rosterCsv()}, {@link #consentsCsv()}, {@link #settingsJson()}) and {@link #fixtureBase64} are
 * there so that the app can run the same corpus through {@code /api/v1}.
 */
public final class EvaluationCorpus {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String name;

	private final String schoolName;

	private final String slug;

	private final String packId;

	private final String resourceDir;

	private final List<EvaluationCase> cases;

	private final String rosterCsv;

	private final String consentsCsv;

	private final String settingsJson;

	private final List<RosterPerson> people;

	private final Consents consents;

	private final Map<String, Map<Purpose, ConsentStatus>> currentConsents;

	private final ScreeningSettings settings;

	private EvaluationCorpus(String name, String schoolName, String slug, String packId, String resourceDir,
			String casesFile, String rosterFile, String consentsFile, String settingsFile) {
		this.name = name;
		this.schoolName = schoolName;
		this.slug = slug;
		this.packId = packId;
		this.resourceDir = resourceDir;
		this.cases = parseCases(text(casesFile));
		this.rosterCsv = text(rosterFile);
		this.consentsCsv = text(consentsFile);
		this.settingsJson = text(settingsFile);
		this.people = parseRoster(rosterCsv);
		this.currentConsents = resolveConsents(consentsCsv);
		Consents.Builder builder = Consents.builder();
		currentConsents.forEach((pupil, statuses) -> statuses.forEach((purpose, status) -> builder.put(pupil, purpose, status)));
		this.consents = builder.build();
		SettingsJson parsed = JSON.readValue(settingsJson, SettingsJson.class);
		this.settings = new ScreeningSettings(parsed.allowedLinkDomains(), parsed.embargoTerms());
	}

	/** The team's own corpus: Brackenmoor Church of England Primary School on pack {@code lache-2020}. */
	public static EvaluationCorpus own() {
		return new EvaluationCorpus("own", "Brackenmoor Church of England Primary School", "brackenmoor", "lache-2020",
				"/evaluation/", "cases.jsonl", "roster.csv", "consents.csv", "settings.json");
	}

	/**
	 * The blind corpus: cases for the fictional Ravensgill Primary School written from PRODUCT.md and the seed policies
	 * only, without sight of the engine's lexicons, rules or the team's own cases, so that it measures whether the
	 * engine generalises. School name, slug and pack come from {@code evaluation-blind/school.json}.
	 */
	public static EvaluationCorpus blind() {
		String dir = "/evaluation-blind/";
		SchoolJson school = JSON.readValue(new String(bytes(dir + "school.json"), StandardCharsets.UTF_8), SchoolJson.class);
		return new EvaluationCorpus("blind", school.name(), school.slug(), school.policyPack(), dir, "cases.jsonl",
				"roster.csv", "consents.csv", "settings.json");
	}

	/** The 25 shared samples of the acceptance format: Ashby Lane Primary on pack {@code lache-2020}. */
	public static EvaluationCorpus samples() {
		return new EvaluationCorpus("samples", "Ashby Lane Primary School", "ashby-lane", "lache-2020",
				"/evaluation/samples/", "screening-sample.jsonl", "screening-sample-roster.csv",
				"screening-sample-consents.csv", "screening-sample-settings.json");
	}

	public String name() {
		return name;
	}

	public String schoolName() {
		return schoolName;
	}

	public String slug() {
		return slug;
	}

	public String packId() {
		return packId;
	}

	public List<EvaluationCase> cases() {
		return cases;
	}

	/** The people CSV exactly as {@code POST /api/v1/schools/{slug}/people} takes it. */
	public String rosterCsv() {
		return rosterCsv;
	}

	/** The consents CSV exactly as {@code POST /api/v1/schools/{slug}/consents} takes it (not yet resolved). */
	public String consentsCsv() {
		return consentsCsv;
	}

	/** The body of {@code PUT /api/v1/schools/{slug}/screening-settings}. */
	public String settingsJson() {
		return settingsJson;
	}

	public List<RosterPerson> people() {
		return people;
	}

	public Roster roster() {
		return Roster.of(people);
	}

	/** Current consents: per pupil and purpose the record with the latest date wins, on the same date the later line. */
	public Consents consents() {
		return consents;
	}

	/** The current status per pupil and purpose, as resolved from the CSV; a missing entry means no record. */
	public Map<String, Map<Purpose, ConsentStatus>> currentConsents() {
		return currentConsents;
	}

	public ScreeningSettings settings() {
		return settings;
	}

	/** The school as the engine sees it, on the corpus's pack. */
	public SchoolContext schoolContext() {
		return SchoolContext.of(roster(), consents, PolicyPacks.get(packId), settings);
	}

	/** The request the case describes, with its fixture images read from the classpath. */
	public ScreeningRequest request(EvaluationCase evaluationCase) {
		List<ImageInput> images = new ArrayList<>();
		for (String file : evaluationCase.images()) {
			images.add(new ImageInput(file, fixture(file)));
		}
		return new ScreeningRequest(evaluationCase.direction(), evaluationCase.purpose(), evaluationCase.text(),
				evaluationCase.pupilsPictured(), images);
	}

	public boolean hasFixture(String file) {
		return getClass().getResource(resourceDir + "fixtures/" + file) != null;
	}

	public byte[] fixture(String file) {
		return bytes(resourceDir + "fixtures/" + file);
	}

	/** A fixture as {@code images[].dataBase64} of the screenings API wants it. */
	public String fixtureBase64(String file) {
		return Base64.getEncoder().encodeToString(fixture(file));
	}

	private String text(String file) {
		return new String(bytes(resourceDir + file), StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String resource) {
		try (InputStream in = EvaluationCorpus.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Evaluation resource missing from the test classpath: " + resource);
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<EvaluationCase> parseCases(String jsonLines) {
		List<EvaluationCase> parsed = new ArrayList<>();
		int number = 0;
		for (String line : jsonLines.split("\n")) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			CaseJson json;
			try {
				json = JSON.readValue(line, CaseJson.class);
			}
			catch (RuntimeException e) {
				throw new IllegalArgumentException("Corpus line " + number + " is not a case: " + e.getMessage(), e);
			}
			Set<FindingCode> expect = EnumSet.noneOf(FindingCode.class);
			json.expect().forEach(code -> expect.add(FindingCode.valueOf(code)));
			parsed.add(new EvaluationCase(json.id(), Direction.valueOf(json.direction()), Purpose.valueOf(json.purpose()),
					json.text(), json.pupilsPictured() == null ? List.of() : json.pupilsPictured(),
					json.images() == null ? List.of() : json.images(), expect,
					json.verdict() == null ? null : Verdict.valueOf(json.verdict()), json.why()));
		}
		return List.copyOf(parsed);
	}

	private static List<RosterPerson> parseRoster(String csv) {
		List<Map<String, String>> rows = Csv.parse(csv);
		List<RosterPerson> parsed = new ArrayList<>();
		for (Map<String, String> row : rows) {
			parsed.add(new RosterPerson(row.get("external_id"), PersonRole.valueOf(row.get("role")),
					row.get("first_name"), row.get("last_name"), blankToNull(row.get("preferred_name")),
					blankToNull(row.get("email"))));
		}
		return List.copyOf(parsed);
	}

	/** Latest {@code recorded_on} wins per pupil and purpose; on the same day the later line wins. */
	private static Map<String, Map<Purpose, ConsentStatus>> resolveConsents(String csv) {
		record Line(int index, String pupil, Purpose purpose, ConsentStatus status, LocalDate recordedOn) {
		}
		List<Map<String, String>> rows = Csv.parse(csv);
		Map<String, Line> latest = new LinkedHashMap<>();
		Comparator<Line> order = Comparator.comparing(Line::recordedOn).thenComparingInt(Line::index);
		for (int i = 0; i < rows.size(); i++) {
			Map<String, String> row = rows.get(i);
			Line line = new Line(i, row.get("pupil_external_id"), Purpose.valueOf(row.get("purpose")),
					ConsentStatus.valueOf(row.get("status")), LocalDate.parse(row.get("recorded_on")));
			latest.merge(line.pupil() + "|" + line.purpose(), line, (a, b) -> order.compare(a, b) >= 0 ? a : b);
		}
		Map<String, Map<Purpose, ConsentStatus>> current = new LinkedHashMap<>();
		latest.values()
			.forEach(line -> current.computeIfAbsent(line.pupil(), pupil -> new LinkedHashMap<>())
				.put(line.purpose(), line.status()));
		return current;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	/** One line of a corpus file, as written. */
	record CaseJson(String id, String direction, String purpose, String text, List<String> pupilsPictured,
			List<String> images, List<String> expect, String verdict, String why) {
	}

	/** The school a corpus describes: display name, slug and the policy pack it runs on. */
	record SchoolJson(String name, String slug, String policyPack) {
	}

	/** The screening-settings body. */
	record SettingsJson(List<String> allowedLinkDomains, List<String> embargoTerms) {
	}

	/** Just enough RFC 4180 for the contract's CSV files: a header row, commas, optional double quotes. */
	static final class Csv {

		private Csv() {
		}

		static List<Map<String, String>> parse(String text) {
			List<List<String>> records = records(text);
			if (records.isEmpty()) {
				return List.of();
			}
			List<String> header = records.get(0);
			List<Map<String, String>> rows = new ArrayList<>();
			for (List<String> fields : records.subList(1, records.size())) {
				if (fields.size() == 1 && fields.get(0).isBlank()) {
					continue;
				}
				if (fields.size() != header.size()) {
					throw new IllegalArgumentException("CSV row has " + fields.size() + " fields, header has "
							+ header.size() + ": " + fields);
				}
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					row.put(header.get(i).strip(), fields.get(i));
				}
				rows.add(row);
			}
			return rows;
		}

		private static List<List<String>> records(String text) {
			List<List<String>> records = new ArrayList<>();
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < text.length(); i++) {
				char ch = text.charAt(i);
				if (quoted) {
					if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else if (ch == '"') {
						quoted = false;
					}
					else {
						field.append(ch);
					}
				}
				else if (ch == '"') {
					quoted = true;
				}
				else if (ch == ',') {
					fields.add(field.toString());
					field.setLength(0);
				}
				else if (ch == '\n' || ch == '\r') {
					if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
						i++;
					}
					fields.add(field.toString());
					field.setLength(0);
					records.add(fields);
					fields = new ArrayList<>();
				}
				else {
					field.append(ch);
				}
			}
			if (field.length() > 0 || !fields.isEmpty()) {
				fields.add(field.toString());
				records.add(fields);
			}
			return records;
		}

	}

}
