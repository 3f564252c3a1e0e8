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

	// Generalisation: each family of patterns with other phrasings a parent might write, and clean look-alikes.

	@ParameterizedTest
	@ValueSource(strings = { "Whoever parked across my drive is a total pr1ck", "you bunch of m0r0ns",
			"what a pr!ck", "you absolute 1diot", "the ref was a complete tw@t", "you utter mupp3t",
			"stop being such a n0bhead", "they look like a right bunch of pr@ts" })
	void findsDisguisedNameCalling(String text) {
		assertThat(offensive(text)).as(text).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Grow up, idiots", "Learn to drive, muppet!", "Cheers for nothing, numpty.",
			"Move your car, plonker", "Idiots.", "Nice parking... pillock" })
	void findsInsultsThatAddressSomeone(String text) {
		assertThat(offensive(text)).as(text).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "morons parking on the zigzags again", "the halfwits who run the PTA Facebook page",
			"some absolute dimwits left the gate open", "numpties everywhere at pick-up" })
	void findsPluralNameCallingWithoutAFrame(String text) {
		assertThat(offensive(text)).as(text).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Why is everyone so pathetic about the parking?", "you lot are pathetic",
			"some parents are so brainless", "you pathetic lot", "are people really this gormless" })
	void findsInsultsAddressedToACrowd(String text) {
		assertThat(offensive(text)).as(text).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Mr Butt? More like Mr Butthead", "what a poo head", "stop being such a wazzock",
			"you absolute tosspot", "the man in the van is a buttface" })
	void findsInsultsThatMockAName(String text) {
		assertThat(offensive(text)).as(text).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "he is an absolute tool", "what a total plank", "she's a right clown",
			"the ref was an utter melt", "Mrs Smith is an absolute joke of a headteacher",
			"he's a pathetic excuse for a teacher" })
	void findsEverydayWordsAfterAnIntensifier(String text) {
		assertThat(offensive(text)).as(text).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "I felt like an idiot when I forgot the costume", "The Muppets Christmas Carol is on Friday",
			"Use the right tool for the job", "We had a clown at the party", "Walk the plank on pirate day!",
			"Max is the donkey in the nativity", "The parking situation is pathetic", "Everyone is so excited",
			"Idiot-proof instructions for the new app", "The nurse did a pin prick test", "Room 101 is the library",
			"Year 4 read The Twits", "Water butt heading to the allotment", "April Fools day is on Monday",
			"The winners and losers of the house cup", "Class P1 meet at the gate" })
	void ignoresLookAlikesOfTheNewPatterns(String text) {
		assertThat(offensive(text)).as(text).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "The lollipop man is a useless old git", "That dinner lady is an ugly old bag",
			"the PTA are a bunch of snobby cows", "The head's a gormless twit", "Her kid is a proper little brat",
			"Oi numbnuts, stop parking on the zigzags", "this school is run by clowns", "kiss my a$$" })
	void findsDescribedNameCalling(String text) {
		assertThat(offensive(text)).as(text).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "The farm had a little cow and a fat pig", "Our farm visit: a lazy cow lay in the sun",
			"There was an old bag of costumes in the hall", "These are cows, not bulls", "The old bat box has residents!",
			"The head's a brilliant leader", "Hey you lot, who is coming to the quiz?", "The hall was full of parents" })
	void ignoresLookAlikesOfDescribedNameCalling(String text) {
		assertThat(offensive(text)).as(text).isEmpty();
	}

}
