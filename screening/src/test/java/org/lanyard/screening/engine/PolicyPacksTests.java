package org.lanyard.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyPacksTests {

	/**
	 * What each shipped pack must say about its seed policy: the school's full and short names, the year in the
	 * pack's title, and the sections of the seed text a clause source may name, written as the pack writes them
	 * ({@code 5.5 iii "Be sensitive"}), checked by hand against {@code seeds/*.txt}.
	 */
	private record Seed(String file, String school, String shortName, String year, List<String> sections) {
	}

	private static final Map<String, Seed> SEEDS = Map.of(
			"little-eaton-2024", new Seed("000_1b475b393215b539.txt", "Little Eaton Primary School", "Little Eaton", "2024",
					List.of("5.0 \"Social Media Policy\"", "5.1 \"Introduction\"", "5.2 \"Scope and Responsibilities\"",
							"5.3 \"Recognised School Channels\"", "5.4 \"Our Social Media Standards\"",
							"5.5 \"Our Social Media Rules\"", "5.5 i \"Be kind\"", "5.5 ii \"Be honest\"",
							"5.5 iii \"Be sensitive\"", "5.5 iv \"Protect privacy and respect confidentiality\"",
							"5.5 v \"Maintain professional standards\"", "5.5 vi \"If in doubt, don't post!\"",
							"5.6 \"Access to Social Media at Work, for Personal Use\"", "5.7 \"Online Safety Concerns\"",
							"5.8 \"Inappropriate References to the School or Staff\"", "5.9 \"Complaints\"",
							"5.10 \"Relevant Legislation\"")),
			"roman-road-2021", new Seed("001_60cf4a9b40f45bd7.txt", "Roman Road Primary School", "Roman Road", "2021",
					List.of("\"Social Media Policy\"", "\"Introduction\"", "\"The simple truth\"", "\"Key principles\"",
							"\"Aims\"", "\"Code of conduct\"", "\"Potential and actual breaches of the code of conduct\"")),
			"highters-heath", new Seed("002_18acdfaba3b818e1.txt", "Highters Heath Nursery School", "Highters Heath", "undated",
					List.of("\"Linked documents\"", "\"Scope of Policy\"", "\"The Law\"", "\"Dangers and Safety Aspects\"",
							"\"Acceptable Use\"", "\"Intention to Monitor\"", "\"Responsibilities of all Stakeholders\"",
							"\"Sanctions\"", "\"Documentation and Recording\"", "\"List of Key Sites\"",
							"\"Those specifically aimed at children\"", "\"Social media use – pupils and parents/carers\"",
							"\"Be SMART online\"", "\"Dos & Don’ts\"", "\"Approved by the Governing Board\"")),
			"horizon-mat-2020", new Seed("003_b9290ab04c205a9f.txt", "Horizon Multi Academy Trust", "Horizon", "2020",
					List.of("\"Staff Use of Social Media Policy 2020\"", "1.0 \"Rationale\"", "2.0 \"Definitions and Scope\"",
							"3.0 \"Use of Social Media Sites by employees in a personal capacity\"")),
			"lache-2020", new Seed("004_c6ff0d512e12aa94.txt", "Lache Primary School", "Lache", "2020",
					List.of("\"Lache Primary School Social Networking Policy\"", "\"Rationale\"", "\"Definitions and Scope\"",
							"\"Use of Social Media in practice\"", "1 \"Personal use of Social Media\"",
							"2 \"School-Sanctioned use of Social Media\"")));

	/** Default severities of every shipped pack, as the product brief gives them. */
	private static final Map<FindingCode, Severity> DEFAULT_SEVERITIES = new EnumMap<>(Map.ofEntries(
			Map.entry(FindingCode.CONSENT_MISSING, Severity.BLOCK), Map.entry(FindingCode.PUPIL_IDENTIFIED, Severity.BLOCK),
			Map.entry(FindingCode.PERSONAL_DATA, Severity.BLOCK), Map.entry(FindingCode.OFFENSIVE_LANGUAGE, Severity.BLOCK),
			Map.entry(FindingCode.DISCRIMINATORY, Severity.BLOCK), Map.entry(FindingCode.THREAT, Severity.BLOCK),
			Map.entry(FindingCode.SAFEGUARDING_RISK, Severity.BLOCK), Map.entry(FindingCode.UNSAFE_LINK, Severity.REVIEW),
			Map.entry(FindingCode.CONFIDENTIAL, Severity.REVIEW), Map.entry(FindingCode.NAMES_PERSON, Severity.REVIEW),
			Map.entry(FindingCode.COMPLAINT, Severity.REVIEW), Map.entry(FindingCode.IMAGE_METADATA, Severity.REVIEW)));

	private static final Pattern BULLET = Pattern.compile("bullet (\\d+)$");

	static Stream<String> packIds() {
		return PolicyPacks.ids().stream();
	}

	@Test
	void shipsOnePackForEachOfTheFiveSeedPolicies() {
		assertThat(PolicyPacks.ids()).containsExactly("little-eaton-2024", "roman-road-2021", "highters-heath",
				"horizon-mat-2020", "lache-2020");
		assertThat(SEEDS).containsOnlyKeys(PolicyPacks.ids());
		assertThat(DEFAULT_SEVERITIES).containsOnlyKeys(FindingCode.values());
	}

	@ParameterizedTest
	@MethodSource("packIds")
	void everyShippedPackLoadsUnderItsOwnId(String id) {
		PolicyPack pack = PolicyPacks.get(id);

		assertThat(pack.id()).isEqualTo(id);
		assertThat(PolicyPacks.find(id)).containsSame(pack);
		assertThat(pack.clauses()).isNotEmpty();
	}

	@ParameterizedTest
	@MethodSource("packIds")
	void titleNamesTheSchoolAndTheYearOfItsPolicy(String id) {
		Seed seed = SEEDS.get(id);

		assertThat(PolicyPacks.get(id).title()).startsWith(seed.school()).endsWith("(" + seed.year() + ")");
	}

	@ParameterizedTest
	@MethodSource("packIds")
	void everyFindingCodeCitesAClauseOfTheSamePack(String id) {
		PolicyPack pack = PolicyPacks.get(id);

		for (FindingCode code : FindingCode.values()) {
			PackRule rule = pack.rule(code);
			assertThat(rule).as("%s rule for %s", id, code).isNotNull();
			assertThat(rule.code()).isEqualTo(code);
			assertThat(pack.clause(rule.clauseId())).as("%s clause cited for %s", id, code).isPresent();
			assertThat(pack.citation(code)).isEqualTo(id + " " + rule.clauseId());
		}
	}

	@ParameterizedTest
	@MethodSource("packIds")
	void severitiesAreTheProductDefaults(String id) {
		PolicyPack pack = PolicyPacks.get(id);

		for (FindingCode code : FindingCode.values()) {
			assertThat(pack.rule(code).severity()).as("%s %s", id, code).isEqualTo(DEFAULT_SEVERITIES.get(code));
		}
	}

	@ParameterizedTest
	@MethodSource("packIds")
	void clauseIdsAreUniqueInTheFile(String id) throws IOException {
		List<String> ids = rawLines(id).stream()
			.map(String::strip)
			.filter(line -> line.startsWith("clause "))
			.map(line -> line.substring("clause ".length()).split("\\|", 2)[0].strip())
			.toList();

		assertThat(ids).doesNotHaveDuplicates().hasSameSizeAs(PolicyPacks.get(id).clauses());
	}

	@ParameterizedTest
	@MethodSource("packIds")
	void everyClauseHasATitleAndASource(String id) {
		for (Clause clause : PolicyPacks.get(id).clauses()) {
			assertThat(clause.id()).as("%s clause id", id).isNotBlank().doesNotContainAnyWhitespaces();
			assertThat(clause.title()).as("%s %s title", id, clause.id()).isNotBlank();
			assertThat(clause.source()).as("%s %s source", id, clause.id()).isNotBlank();
		}
	}

	@ParameterizedTest
	@MethodSource("packIds")
	void everySourceNamesASectionThatExistsInTheSeed(String id) {
		Seed seed = SEEDS.get(id);

		for (Clause clause : PolicyPacks.get(id).clauses()) {
			assertThat(section(seed, clause))
				.as("%s %s: source '%s' should be '%s <section>[, <place>]' with a section of %s, one of %s", id,
						clause.id(), clause.source(), seed.shortName(), seed.file(), seed.sections())
				.isPresent();
		}
	}

	@ParameterizedTest
	@MethodSource("packIds")
	void numberedClauseIdsFollowTheSectionNumberOfTheirSource(String id) {
		Seed seed = SEEDS.get(id);

		for (Clause clause : PolicyPacks.get(id).clauses()) {
			Optional<String> named = section(seed, clause);
			if (named.isEmpty()) {
				continue; // everySourceNamesASectionThatExistsInTheSeed reports it
			}
			String section = named.get();
			String number = section.substring(0, section.indexOf('"')).strip().replace(' ', '.');
			if (!number.isEmpty()) {
				assertThat(clause.id().equals(number) || clause.id().startsWith(number + "."))
					.as("%s %s should sit under %s, the section its source names", id, clause.id(), number)
					.isTrue();
			}
		}
	}

	@ParameterizedTest
	@MethodSource("packIds")
	void bulletClauseIdsEndWithTheirBulletNumberOrLetter(String id) {
		for (Clause clause : PolicyPacks.get(id).clauses()) {
			Matcher bullet = BULLET.matcher(clause.source());
			if (bullet.find()) {
				int n = Integer.parseInt(bullet.group(1));
				String last = clause.id().substring(clause.id().lastIndexOf('.') + 1);
				assertThat(last).as("%s %s cites %s", id, clause.id(), bullet.group())
					.isIn(String.valueOf(n), String.valueOf((char) ('a' + n - 1)));
			}
		}
	}

	@Test
	void littleEatonCitesItsOwnRulesForTheCodesThatComeFromThem() {
		PolicyPack pack = PolicyPacks.get("little-eaton-2024");

		assertThat(pack.rule(FindingCode.OFFENSIVE_LANGUAGE).clauseId()).isEqualTo("5.5.iii.c");
		assertThat(pack.rule(FindingCode.CONFIDENTIAL).clauseId()).isEqualTo("5.5.iii.f");
		assertThat(pack.rule(FindingCode.SAFEGUARDING_RISK).clauseId()).isEqualTo("5.7");
		assertThat(pack.rule(FindingCode.NAMES_PERSON).clauseId()).startsWith("5.9");
		assertThat(pack.rule(FindingCode.COMPLAINT).clauseId()).startsWith("5.9");
		assertThat(pack.clause("5.5.iii.c").orElseThrow().source())
			.isEqualTo("Little Eaton 5.5 iii \"Be sensitive\", bullet 3");
	}

	@Test
	void lacheCitesItsPhotographClausesForConsentNamesAndLinks() {
		PolicyPack pack = PolicyPacks.get("lache-2020");

		assertThat(pack.citation(FindingCode.CONSENT_MISSING)).isEqualTo("lache-2020 2.3");
		assertThat(pack.citation(FindingCode.PUPIL_IDENTIFIED)).isEqualTo("lache-2020 2.4");
		assertThat(pack.citation(FindingCode.UNSAFE_LINK)).isEqualTo("lache-2020 2.5");
	}

	@Test
	void unknownPackIsNotFound() {
		assertThat(PolicyPacks.find("no-such-school")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> PolicyPacks.get("no-such-school"))
			.withMessageContaining("no-such-school");
	}

	@Test
	void trailingCommentsAreIgnoredButAHashInsideAWordIsKept() {
		List<String> lines = new ArrayList<>(List.of("title  Test School Policy (2024)  # the title",
				"clause a.1 | Posts in C# club | Test \"Clubs\", bullet 1"));
		lines.addAll(rulesCiting("a.1", "   # nearest clause"));

		PolicyPack pack = PolicyPacks.parse("test", lines);

		assertThat(pack.title()).isEqualTo("Test School Policy (2024)");
		assertThat(pack.clause("a.1")).contains(new Clause("a.1", "Posts in C# club", "Test \"Clubs\", bullet 1"));
		assertThat(pack.rule(FindingCode.THREAT)).isEqualTo(new PackRule(FindingCode.THREAT, Severity.BLOCK, "a.1"));
	}

	@Test
	void aClauseIdDefinedTwiceIsRejectedWithItsLine() {
		List<String> lines = new ArrayList<>(List.of("clause a.1 | One | Test, bullet 1", "clause a.1 | Two | Test, bullet 2"));
		lines.addAll(rulesCiting("a.1", ""));

		assertThatIllegalArgumentException().isThrownBy(() -> PolicyPacks.parse("test", lines))
			.withMessageContaining("line 2")
			.withMessageContaining("a.1");
	}

	@Test
	void aRuleCitingAnUndefinedClauseIsRejected() {
		List<String> lines = new ArrayList<>(List.of("clause a.1 | One | Test, bullet 1"));
		lines.addAll(rulesCiting("a.2", ""));

		assertThatIllegalArgumentException().isThrownBy(() -> PolicyPacks.parse("test", lines))
			.withMessageContaining("a.2");
	}

	@Test
	void aMissingRuleIsRejectedNamingTheCode() {
		List<String> lines = new ArrayList<>(List.of("clause a.1 | One | Test, bullet 1"));
		lines.addAll(rulesCiting("a.1", ""));
		lines.removeIf(line -> line.contains("COMPLAINT"));

		assertThatIllegalArgumentException().isThrownBy(() -> PolicyPacks.parse("test", lines))
			.withMessageContaining("COMPLAINT");
	}

	@Test
	void aSecondRuleForTheSameCodeIsRejected() {
		List<String> lines = new ArrayList<>(List.of("clause a.1 | One | Test, bullet 1"));
		lines.addAll(rulesCiting("a.1", ""));
		lines.add("rule THREAT REVIEW a.1");

		assertThatIllegalArgumentException().isThrownBy(() -> PolicyPacks.parse("test", lines))
			.withMessageContaining("THREAT");
	}

	@Test
	void anUnknownCodeOrSeverityIsRejectedWithItsLine() {
		List<String> badCode = new ArrayList<>(List.of("clause a.1 | One | Test, bullet 1", "rule SPAM BLOCK a.1"));
		List<String> badSeverity = new ArrayList<>(List.of("clause a.1 | One | Test, bullet 1", "rule THREAT HIGH a.1"));

		assertThatIllegalArgumentException().isThrownBy(() -> PolicyPacks.parse("test", badCode))
			.withMessageContaining("line 2")
			.withMessageContaining("SPAM");
		assertThatIllegalArgumentException().isThrownBy(() -> PolicyPacks.parse("test", badSeverity))
			.withMessageContaining("line 2")
			.withMessageContaining("HIGH");
	}

	@Test
	void aClauseWithoutTitleOrSourceIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PolicyPacks.parse("test", List.of("clause a.1 |  | Test, bullet 1")))
			.withMessageContaining("line 1");
		assertThatIllegalArgumentException().isThrownBy(() -> PolicyPacks.parse("test", List.of("clause a.1 | One")))
			.withMessageContaining("line 1");
	}

	/** The seed section a clause's source names, or nothing if it names none of them. */
	private static Optional<String> section(Seed seed, Clause clause) {
		String prefix = seed.shortName() + " ";
		if (!clause.source().startsWith(prefix)) {
			return Optional.empty();
		}
		String rest = clause.source().substring(prefix.length());
		return seed.sections().stream().filter(section -> rest.equals(section) || rest.startsWith(section + ", ")).findFirst();
	}

	private static List<String> rulesCiting(String clauseId, String comment) {
		return Arrays.stream(FindingCode.values())
			.map(code -> "rule " + code + " " + DEFAULT_SEVERITIES.get(code) + " " + clauseId + comment)
			.toList();
	}

	private static List<String> rawLines(String id) throws IOException {
		try (InputStream in = PolicyPacks.class.getResourceAsStream("packs/" + id + ".pack")) {
			assertThat(in).as("packs/%s.pack", id).isNotNull();
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
		}
	}

}
