package org.lanyard.screening.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanyard.screening.engine.Finding;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.Purpose;
import org.lanyard.screening.engine.SchoolContext;
import org.lanyard.screening.engine.ScreeningRequest;

/**
 * The learned models' second opinion: it finds phrasings no lexicon lists, names the words that weighed most, stands
 * down in teaching sentences and where a listed rule already spoke, and never rests on function words alone.
 */
class LearnedSignalsTests {

	private static final SchoolContext LISTED = SchoolFixtures.SCHOOL;

	private static final SchoolContext FULL = SchoolContext.of(SchoolFixtures.ROSTER, SchoolFixtures.CONSENTS,
			LISTED.pack(), SchoolFixtures.SETTINGS);

	@ParameterizedTest
	@ValueSource(strings = { "Keep it up and your windows are going through, Ravensgill.",
			"Post one more photo of my kids and I'll come and find whoever runs this page." })
	void findsThreatsNoLexiconLists(String text) {
		assertThat(codes(FULL, text)).contains(FindingCode.THREAT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "my daughter has started hiding her arms and won't wear short sleeves anymore",
			"a man on Roblox keeps giving my son free robux and asked him to keep it between them" })
	void findsSafeguardingRisksNoLexiconLists(String text) {
		assertThat(codes(FULL, text)).contains(FindingCode.SAFEGUARDING_RISK);
	}

	@Test
	void namesTheWordsThatWeighedMost() {
		List<Finding> findings = learned("Keep it up and your windows are going through, Ravensgill.");

		assertThat(findings).isNotEmpty();
		assertThat(findings.get(0).message()).contains("learned model").contains("windows");
		assertThat(findings.get(0).start()).isNotNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Thank you to everyone who came to the harvest assembly, the hall looked wonderful.",
			"Reminder: non-uniform day is on Friday, bring a pound for Children in Need.",
			"Lost cat near the school, please bring him to the office if you find him." })
	void leavesOrdinarySchoolLifeAlone(String text) {
		assertThat(learned(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "The woman who runs the breakfast club is an absolute saint.",
			"Our crossing patrol man is a total legend.", "The Year 1 harvest songs were an absolute joy to watch.",
			"Ridiculous.", "Who runs the Brownies pack these days?",
			"Deputy Head Girl and Deputy Head Boy were chosen today." })
	void theFrameOfAnInsultIsNoInsult(String text) {
		assertThat(learned(text)).extracting(Finding::code).doesNotContain(FindingCode.OFFENSIVE_LANGUAGE);
	}

	@Test
	void standsDownInATeachingPost() {
		var request = ScreeningRequest.outgoing(Purpose.WEBSITE,
				"In our online-safety lesson Year 6 learned what grooming looks like: a stranger who gives gifts and asks "
						+ "a child to keep secrets.");

		assertThat(FULL.screen(request).findings()).extracting(Finding::code)
			.doesNotContain(FindingCode.SAFEGUARDING_RISK);
	}

	@Test
	void addsNothingWhereAListedRuleAlreadySpoke() {
		String text = "I know where you live and I'll be waiting outside.";

		assertThat(learned(text)).isEmpty();
		assertThat(codes(LISTED, text)).contains(FindingCode.THREAT);
	}

	private static List<Finding> learned(String text) {
		return FULL.screen(ScreeningRequest.incoming(text)).findings().stream()
			.filter(f -> f.message().contains("learned model"))
			.toList();
	}

	private static List<FindingCode> codes(SchoolContext school, String text) {
		return school.screen(ScreeningRequest.incoming(text)).findings().stream().map(Finding::code).toList();
	}

}
