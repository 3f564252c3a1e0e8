package org.lanyard.screening.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lanyard.screening.engine.ConsentStatus;
import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.PersonRole;
import org.lanyard.screening.engine.Purpose;
import org.lanyard.screening.engine.RosterPerson;
import org.lanyard.screening.engine.Verdict;

/**
 * Keeps the evaluation corpora honest, whatever the engine does: well-formed cases, the coverage the team promised,
 * consents resolved as the HTTP contract says, and expectations that follow the mechanical parts of the brief
 * (consent, full names, embargo terms, direction-only codes).
 */
class EvaluationCorpusTests {

	private final EvaluationCorpus own = EvaluationCorpus.own();

	private final EvaluationCorpus samples = EvaluationCorpus.samples();

	private final EvaluationCorpus blind = EvaluationCorpus.blind();

	@Test
	void ownCorpusCoversEveryCodeWithManyCleanLookAlikes() {
		Map<FindingCode, Integer> positives = new EnumMap<>(FindingCode.class);
		int clean = 0;
		for (EvaluationCase evaluationCase : own.cases()) {
			clean += evaluationCase.isClean() ? 1 : 0;
			evaluationCase.expect().forEach(code -> positives.merge(code, 1, Integer::sum));
		}

		assertThat(own.cases()).hasSizeGreaterThanOrEqualTo(450);
		assertThat(clean).as("clean cases").isGreaterThanOrEqualTo(150);
		for (FindingCode code : FindingCode.values()) {
			assertThat(positives.getOrDefault(code, 0)).as("positive cases for " + code).isGreaterThanOrEqualTo(25);
		}
	}

	@Test
	void blindCorpusCoversEveryCodeWithManyCleanLookAlikes() {
		Map<FindingCode, Integer> positives = new EnumMap<>(FindingCode.class);
		int clean = 0;
		for (EvaluationCase evaluationCase : blind.cases()) {
			clean += evaluationCase.isClean() ? 1 : 0;
			evaluationCase.expect().forEach(code -> positives.merge(code, 1, Integer::sum));
		}

		assertThat(blind.cases()).hasSizeGreaterThanOrEqualTo(350);
		assertThat(clean).as("clean cases").isGreaterThanOrEqualTo(120);
		for (FindingCode code : FindingCode.values()) {
			assertThat(positives.getOrDefault(code, 0)).as("positive cases for " + code).isGreaterThanOrEqualTo(20);
		}
	}

	@Test
	void blindCorpusIsWellFormed() {
		assertThat(blind.packId()).isEqualTo("little-eaton-2024");
		assertThat(blind.rosterCsv()).startsWith(
				"external_id,role,first_name,last_name,preferred_name,year_group,date_of_birth,email,linked_pupils\n");
		assertWellFormed(blind);
	}

	@Test
	void blindConsentsResolveAsItsReadmeSays() {
		assertThat(status(blind, "R05", Purpose.SOCIAL_MEDIA)).isEqualTo(ConsentStatus.REFUSED);
		assertThat(status(blind, "R05", Purpose.NEWSLETTER)).isEqualTo(ConsentStatus.GRANTED);
		assertThat(status(blind, "R02", Purpose.SOCIAL_MEDIA)).as("a later line with an older date does not win")
			.isEqualTo(ConsentStatus.WITHDRAWN);
		assertThat(status(blind, "R09", Purpose.WEBSITE)).as("withdrawn after granted").isEqualTo(ConsentStatus.WITHDRAWN);
		assertThat(status(blind, "R12", Purpose.NEWSLETTER)).as("granted after refused").isEqualTo(ConsentStatus.GRANTED);
		assertThat(status(blind, "R23", Purpose.SOCIAL_MEDIA)).as("granted, withdrawn, granted again")
			.isEqualTo(ConsentStatus.GRANTED);
		assertThat(status(blind, "R32", Purpose.SOCIAL_MEDIA)).as("same day, later line withdrawn")
			.isEqualTo(ConsentStatus.WITHDRAWN);
		assertThat(status(blind, "R34", Purpose.SOCIAL_MEDIA)).as("same day, later line granted")
			.isEqualTo(ConsentStatus.GRANTED);
		assertThat(status(blind, "R30", Purpose.PRESS)).as("no record for this purpose").isNull();
		assertThat(status(blind, "R11", Purpose.SOCIAL_MEDIA)).as("no record at all").isNull();
		assertThat(blind.consents().isGranted("R27", Purpose.INTERNAL_DISPLAY)).isTrue();
		assertThat(blind.consents().isGranted("R27", Purpose.SOCIAL_MEDIA)).isFalse();
		assertThat(blind.consents().isGranted("R24", Purpose.NEWSLETTER)).isFalse();
	}

	@Test
	void ownCorpusIsWellFormed() {
		assertWellFormed(own);
	}

	@Test
	void sharedSamplesAreWellFormed() {
		assertThat(samples.cases()).hasSize(25);
		assertWellFormed(samples);
	}

	@Test
	void consentsResolveToTheLatestRecordAndOnTheSameDayToTheLaterLine() {
		assertThat(status(own, "B02", Purpose.SOCIAL_MEDIA)).isEqualTo(ConsentStatus.REFUSED);
		assertThat(status(own, "B02", Purpose.NEWSLETTER)).isEqualTo(ConsentStatus.GRANTED);
		assertThat(status(own, "B04", Purpose.WEBSITE)).as("withdrawn after granted").isEqualTo(ConsentStatus.WITHDRAWN);
		assertThat(status(own, "B08", Purpose.SOCIAL_MEDIA)).as("granted after withdrawn").isEqualTo(ConsentStatus.GRANTED);
		assertThat(status(own, "B26", Purpose.WEBSITE)).as("granted after refused").isEqualTo(ConsentStatus.GRANTED);
		assertThat(status(own, "B16", Purpose.SOCIAL_MEDIA)).as("same day, later line withdrawn").isEqualTo(ConsentStatus.WITHDRAWN);
		assertThat(status(own, "B17", Purpose.SOCIAL_MEDIA)).as("same day, later line granted").isEqualTo(ConsentStatus.GRANTED);
		assertThat(status(own, "B14", Purpose.SOCIAL_MEDIA)).as("a later line with an older date does not win")
			.isEqualTo(ConsentStatus.WITHDRAWN);
		assertThat(status(own, "B28", Purpose.PRESS)).isEqualTo(ConsentStatus.GRANTED);
		assertThat(status(own, "B06", Purpose.SOCIAL_MEDIA)).as("no record").isNull();
		assertThat(status(own, "B12", Purpose.NEWSLETTER)).as("no record for this purpose").isNull();
		assertThat(own.consents().isGranted("B12", Purpose.INTERNAL_DISPLAY)).isTrue();
		assertThat(own.consents().isGranted("B30", Purpose.SOCIAL_MEDIA)).isFalse();
		assertThat(status(samples, "A04", Purpose.WEBSITE)).isEqualTo(ConsentStatus.WITHDRAWN);
		assertThat(status(samples, "A09", Purpose.SOCIAL_MEDIA)).isEqualTo(ConsentStatus.WITHDRAWN);
		assertThat(status(samples, "A03", Purpose.SOCIAL_MEDIA)).isNull();
	}

	@Test
	void rosterHasEveryRoleAndTheContractColumns() {
		assertThat(own.rosterCsv()).startsWith(
				"external_id,role,first_name,last_name,preferred_name,year_group,date_of_birth,email,linked_pupils\n");
		Map<PersonRole, Integer> byRole = new EnumMap<>(PersonRole.class);
		own.people().forEach(person -> byRole.merge(person.role(), 1, Integer::sum));
		assertThat(byRole.get(PersonRole.PUPIL)).isGreaterThanOrEqualTo(40);
		assertThat(byRole.get(PersonRole.STAFF)).isGreaterThanOrEqualTo(10);
		assertThat(byRole.get(PersonRole.GOVERNOR)).isEqualTo(3);
		assertThat(byRole.get(PersonRole.VOLUNTEER)).isEqualTo(2);
		assertThat(byRole.get(PersonRole.PARENT)).isGreaterThanOrEqualTo(40);
		assertThat(own.settings().allowedLinkDomains()).contains("brackenmoor.cheshire.sch.uk");
		assertThat(own.settings().embargoTerms()).isNotEmpty();
	}

	/** The mechanical parts of the brief: anyone editing the corpus gets told when an expectation contradicts them. */
	@Test
	void expectationsFollowTheMechanicalRulesOfTheBrief() {
		List<String> problems = new ArrayList<>();
		for (EvaluationCorpus corpus : List.of(own, samples, blind)) {
			List<RosterPerson> pupils = corpus.people().stream().filter(p -> p.role() == PersonRole.PUPIL).toList();
			for (EvaluationCase c : corpus.cases()) {
				String text = fold(c.text());
				Set<String> named = new HashSet<>();
				for (RosterPerson pupil : pupils) {
					if (fullNames(pupil).stream().anyMatch(name -> containsPhrase(text, name))) {
						named.add(pupil.externalId());
					}
				}
				if (!named.isEmpty() && !c.expect().contains(FindingCode.PUPIL_IDENTIFIED)) {
					problems.add(c.id() + ": full name of " + named + " but no PUPIL_IDENTIFIED");
				}
				if (c.direction() == Direction.OUTGOING) {
					Set<String> concerned = new HashSet<>(c.pupilsPictured());
					concerned.addAll(named);
					boolean missing = concerned.stream().anyMatch(id -> !corpus.consents().isGranted(id, c.purpose()));
					if (missing != c.expect().contains(FindingCode.CONSENT_MISSING)) {
						problems.add(c.id() + ": CONSENT_MISSING expected " + c.expect().contains(FindingCode.CONSENT_MISSING)
								+ " but pupils concerned " + concerned + " make it " + missing);
					}
				}
				boolean embargoed = corpus.settings().embargoTerms().stream().anyMatch(term -> containsPhrase(text, fold(term)));
				if (embargoed != c.expect().contains(FindingCode.CONFIDENTIAL)) {
					problems.add(c.id() + ": CONFIDENTIAL expected " + c.expect().contains(FindingCode.CONFIDENTIAL)
							+ " but an embargo term is " + (embargoed ? "" : "not ") + "present");
				}
				if (text.contains("http://") && !c.expect().contains(FindingCode.UNSAFE_LINK)) {
					problems.add(c.id() + ": plain http:// link but no UNSAFE_LINK");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static void assertWellFormed(EvaluationCorpus corpus) {
		Set<String> ids = new HashSet<>();
		Set<String> pupils = new HashSet<>();
		corpus.people().stream().filter(p -> p.role() == PersonRole.PUPIL).forEach(p -> pupils.add(p.externalId()));
		List<String> problems = new ArrayList<>();
		for (EvaluationCase c : corpus.cases()) {
			if (!ids.add(c.id())) {
				problems.add(c.id() + ": duplicate id");
			}
			if (c.why() == null || c.why().isBlank()) {
				problems.add(c.id() + ": no why");
			}
			if (c.text() == null) {
				problems.add(c.id() + ": no text");
			}
			c.pupilsPictured().stream().filter(id -> !pupils.contains(id))
				.forEach(id -> problems.add(c.id() + ": pictured " + id + " is not a pupil on the roster"));
			for (String image : c.images()) {
				if (!corpus.hasFixture(image)) {
					problems.add(c.id() + ": no fixture " + image);
				}
				else if (corpus.fixture(image).length >= 30 * 1024) {
					problems.add(c.id() + ": fixture " + image + " is 30 KB or more");
				}
			}
			if (c.direction() == Direction.INCOMING && c.expect().contains(FindingCode.CONSENT_MISSING)) {
				problems.add(c.id() + ": CONSENT_MISSING is outgoing only");
			}
			if (c.direction() == Direction.OUTGOING
					&& (c.expect().contains(FindingCode.NAMES_PERSON) || c.expect().contains(FindingCode.COMPLAINT))) {
				problems.add(c.id() + ": NAMES_PERSON and COMPLAINT are incoming only");
			}
			if (c.isClean() != (c.verdict() == Verdict.PASS)) {
				problems.add(c.id() + ": verdict PASS exactly when no finding is expected");
			}
		}
		assertThat(problems).isEmpty();
	}

	private static ConsentStatus status(EvaluationCorpus corpus, String pupil, Purpose purpose) {
		return corpus.currentConsents().getOrDefault(pupil, Map.of()).get(purpose);
	}

	private static List<String> fullNames(RosterPerson pupil) {
		List<String> names = new ArrayList<>();
		names.add(fold(pupil.firstName() + " " + pupil.lastName()));
		if (pupil.preferredName() != null) {
			names.add(fold(pupil.preferredName() + " " + pupil.lastName()));
		}
		return names;
	}

	private static boolean containsPhrase(String foldedText, String foldedPhrase) {
		return Pattern.compile("(?<![\\p{L}\\p{N}'-])" + Pattern.quote(foldedPhrase) + "(?![\\p{L}\\p{N}-])")
			.matcher(foldedText)
			.find();
	}

	/** Lower case, no diacritics, straight apostrophes: enough to find a full name written any way. */
	private static String fold(String text) {
		String decomposed = Normalizer.normalize(text.replace('\u2019', '\''), Normalizer.Form.NFKD);
		return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

}
