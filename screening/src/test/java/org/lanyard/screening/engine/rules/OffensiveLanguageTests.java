package org.lanyard.screening.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lanyard.screening.engine.rules.SchoolFixtures.incoming;
import static org.lanyard.screening.engine.rules.SchoolFixtures.of;
import static org.lanyard.screening.engine.rules.SchoolFixtures.outgoing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanyard.screening.engine.Finding;
import org.lanyard.screening.engine.FindingCode;

class OffensiveLanguageTests {

	private static List<Finding> offensive(String text) {
		return of(incoming(text), FindingCode.OFFENSIVE_LANGUAGE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "This is fucking ridiculous", "what a load of shit", "f*ck's sake", "sh1t", "$hit happens",
			"f u c k this", "s.h.i.t", "f-u-c-k", "fuuuuuck off", "shiiiiit", "ѕһіт", "ｆｕｃｋ", "f\u200Buck off", "wtf",
			"ffs not again", "bollocks to this", "piss off", "what a twat", "a$$hole", "fück off", "bloody hell",
			"fuckwit", "motherf***er", "f***ing joke", "sh!t" })
	void findsProfanityAlsoWhenDisguised(String text) {
		assertThat(offensive(text)).as(text).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "you absolute muppet", "you idiot", "you're an idiot", "the head is an idiot",
			"What a bunch of morons", "what a prat", "they are all useless twats", "she's a stupid cow",
			"stupid teacher", "your kid is so ugly", "thick as two short planks", "look at the state of her" })
	void findsInsultsAndMockery(String text) {
		assertThat(offensive(text)).as(text).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Scunthorpe United v Penistone Church", "Cocktail party in Middlesex, Sussex and Essex",
			"Year 4 assessment results", "a s s e s s m e n t week", "We're reading Dickens and The Twits",
			"Spotted dick and custard on Friday", "That shitake risotto was lovely", "Hello from Wankie",
			"The button on the bass guitar", "Therapist recommended grape juice for the class analysis",
			"Nursery spotted blue tits and a great tit", "The ass in the nativity was brilliant",
			"Dick Whittington panto tickets on sale", "Year 5 studied Homo sapiens", "What a lovely bunch of children",
			"I 4m at 3pm with A4 paper", "Pick up at 3.15pm from the A55 car park", "My son had a bloody nose",
			"Cockshutt Road is closed", "The kids killed it at sports day" })
	void ignoresLookAlikes(String text) {
		assertThat(offensive(text)).as(text).isEmpty();
	}

	@Test
	void treatsStaffSurnamesAsNames() {
		assertThat(offensive("Mr Dick's class and Mrs Cockburn's class won; ask Mr. Pratt")).isEmpty();
		assertThat(offensive("Well done Mr Dick")).isEmpty();
	}

	@Test
	void stillFindsTheRudeWordBesideTheName() {
		String text = "Mr Dick is a dick";

		assertThat(offensive(text)).singleElement()
			.satisfies(finding -> assertThat(SchoolFixtures.words(text, finding)).endsWith("a dick"));
	}

	@Test
	void pointsAtTheWritersOwnCharacters() {
		String text = "Our cat knocked it over 🙃 f*ck's sake 🙃";

		Finding finding = offensive(text).get(0);

		assertThat(SchoolFixtures.words(text, finding)).isEqualTo("f*ck's sake");
		assertThat(finding.message()).startsWith("\"f*ck's sake\" is offensive language (profanity)");
	}

	@Test
	void usesTheSchoolsOwnTerms() {
		assertThat(offensive("what a scrote")).isNotEmpty();
	}

	@Test
	void findsProfanityInOutgoingPostsToo() {
		assertThat(of(outgoing("What a shit day for sports day"), FindingCode.OFFENSIVE_LANGUAGE)).isNotEmpty();
	}

}
