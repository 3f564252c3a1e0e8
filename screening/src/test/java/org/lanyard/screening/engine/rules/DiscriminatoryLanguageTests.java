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

class DiscriminatoryLanguageTests {

	@ParameterizedTest
	@ValueSource(strings = { "Deaf children belong in a special unit, not with everyone else.",
			"Girls shouldn't be allowed to play football", "immigrants are all criminals", "go back to your own country",
			"Muslims shouldn't be allowed in this school", "Gay people shouldn't be teachers",
			"Trans women aren't real women", "women belong in the kitchen", "Too old to teach, time she retired",
			"Pregnant teachers shouldn't be allowed to teach", "I hate muslims", "send them all back",
			"autistic kids belong in a special school", "Being gay is a sin", "the holocaust never happened" })
	void findsPrejudiceWithoutARudeWord(String text) {
		ScreeningResult result = incoming(text);

		assertThat(of(result, FindingCode.DISCRIMINATORY)).as(text).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "stop being such a retard", "r3tard", "stupid paki", "you're a f*ggot", "what a spaz",
			"that's so gay", "n1gger", "tranny" })
	void findsSlursAsBothDiscriminatoryAndOffensive(String text) {
		ScreeningResult result = incoming(text);

		assertThat(of(result, FindingCode.DISCRIMINATORY)).as(text).isNotEmpty();
		assertThat(of(result, FindingCode.OFFENSIVE_LANGUAGE)).as(text).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Disabled pupils should be allowed extra time in tests",
			"Deaf children belong in our school just like everyone else", "My son is autistic and loves the sensory room",
			"The Muslim families organised a lovely Eid celebration", "Our gay and lesbian staff network met today",
			"The girls football team won!", "Faggots and peas on Thursday", "Offa's Dyke walk for Year 6",
			"A chink of light at the end of the tunnel", "Keep your bedroom spick and span",
			"Year 6 learnt about Homo erectus", "No boys were hurt in the making of this cake",
			"Flame retardant costumes only, please" })
	void ignoresNeutralAndPositiveMentions(String text) {
		assertThat(of(incoming(text), FindingCode.DISCRIMINATORY)).as(text).isEmpty();
	}

	@Test
	void ignoresEducationalUse() {
		assertThat(of(outgoing("We had a lesson on the Equality Act and discussed why \"go back to your own country\" "
				+ "is racist."), FindingCode.DISCRIMINATORY)).isEmpty();
		assertThat(of(incoming("In PSHE they discussed why the word retard hurts people"), FindingCode.DISCRIMINATORY))
			.isEmpty();
	}

	@Test
	void stillFindsPrejudiceInAParentsCommentAfterAnEducationalSentence() {
		assertThat(of(incoming("Thanks for the Equality Act assembly. Immigrants are all criminals though."),
				FindingCode.DISCRIMINATORY)).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Two dads at the school gate, pair of poofs", "What a bunch of queers",
			"a gang of trannies outside the library", "you're so gay", "that haircut is so gay", "load of spazzes" })
	void findsSlursAboutACrowdAndGayAsAnInsult(String text) {
		ScreeningResult result = incoming(text);

		assertThat(of(result, FindingCode.DISCRIMINATORY)).as(text).isNotEmpty();
		assertThat(of(result, FindingCode.OFFENSIVE_LANGUAGE)).as(text).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Dad popped out for a pack of fags", "Queer Eye is on tonight",
			"The dykes in the Fens flood every winter", "Mr Gay's team won", "As a gay dad I felt welcome",
			"The Spastics Society was renamed Scope in 1994", "Coon cheese was renamed Cheer in Australia" })
	void ignoresLookAlikesOfTheCrowdSlurs(String text) {
		ScreeningResult result = incoming(text);

		assertThat(of(result, FindingCode.DISCRIMINATORY)).as(text).isEmpty();
		assertThat(of(result, FindingCode.OFFENSIVE_LANGUAGE)).as(text).isEmpty();
	}

}
