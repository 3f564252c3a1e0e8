package org.lanyard.screening.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lanyard.screening.engine.rules.SchoolFixtures.incoming;
import static org.lanyard.screening.engine.rules.SchoolFixtures.of;
import static org.lanyard.screening.engine.rules.SchoolFixtures.outgoing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.ScreeningResult;

class SafeguardingRiskTests {

	@ParameterizedTest
	@ValueSource(strings = { "i scratch my arms till they bleed when things get bad at home", "I want to die",
			"i cut myself again last night", "nobody would miss me if i was gone", "she took a load of pills",
			"its our little secret dont tell your mum", "don't tell your parents we talk",
			"send me a pic of you in your pjs", "how old are you? we should meet up",
			"an older boy asked my daughter for nudes", "A man keeps messaging my daughter asking her to keep it secret",
			"my son is being bullied on snapchat every day", "he told my son to kill himself",
			"kill yourself nobody likes you", "everyone hates you", "kys",
			"someone made a fake account of my daughter", "My son has been watching extremist videos online",
			"vaccines cause autism, do your research", "Covid was a hoax", "The earth is flat",
			"things get bad at home and I'm scared to go home" })
	void findsDisclosuresReportsAndCyberbullying(String text) {
		assertThat(of(incoming(text), FindingCode.SAFEGUARDING_RISK)).as(text).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "I was dying of laughter at the school play", "I nearly killed myself laughing",
			"Can someone send me a pic of the letter about the trip?", "How old are you turning, Mia? Happy birthday!",
			"I'm starving, what's for lunch", "He cut his knee in the playground", "I could die of embarrassment" })
	void ignoresIdiom(String text) {
		assertThat(of(incoming(text), FindingCode.SAFEGUARDING_RISK)).as(text).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Talk to your child about who they talk to online, and remind them never to send pictures to strangers.",
			"Our online safety evening covers sexting, grooming and what to do if someone asks your child to keep a secret.",
			"Anti-Bullying Week: we talked about why 'everyone hates you' messages hurt.",
			"Safer Internet Day: groomers often say 'our little secret' or 'don't tell your parents'." })
	void ignoresTheSchoolsOwnAwarenessPosts(String text) {
		assertThat(of(outgoing(text), FindingCode.SAFEGUARDING_RISK)).as(text).isEmpty();
	}

	@Test
	void isNotAThreatWhenSomeoneReportsOne() {
		ScreeningResult result = incoming("Someone is threatening my son online and told him they know where he lives");

		assertThat(of(result, FindingCode.SAFEGUARDING_RISK)).isNotEmpty();
	}

}
