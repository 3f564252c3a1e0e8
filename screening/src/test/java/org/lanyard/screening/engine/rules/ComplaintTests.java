package org.lanyard.screening.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lanyard.screening.engine.rules.SchoolFixtures.incoming;
import static org.lanyard.screening.engine.rules.SchoolFixtures.of;
import static org.lanyard.screening.engine.rules.SchoolFixtures.outgoing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanyard.screening.engine.FindingCode;

class ComplaintTests {

	@ParameterizedTest
	@ValueSource(strings = { "Changing the school day to finish at 3pm without asking parents was a bad decision.",
			"The new uniform policy is ridiculous", "How can the school justify charging for the trip?",
			"The head has got this wrong", "Disgraceful that the school cancelled sports day",
			"This is a terrible decision by the governors", "I want to make a formal complaint about the head",
			"Stopping the after school club without any consultation", "Scrapping sports day is a ridiculous idea",
			"I'm so disappointed with the school's handling of this", "What a shambles",
			"why has the school cancelled the trip without telling parents?", "This school is a joke" })
	void findsCriticismOfADecisionOrPolicy(String text) {
		assertThat(of(incoming(text), FindingCode.COMPLAINT)).as(text).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Does anyone know if after-school club runs on the last day of term?",
			"What a great decision to move sports day!", "Why is the trip on a Friday?", "Not a bad idea at all",
			"Is the school closed tomorrow because of the snow?", "Brilliant decision by the head, thank you!",
			"Shame about the rain at sports day", "We had the wrong size jumper, can we swap it?",
			"What a mess the children made at messy play, brilliant fun" })
	void ignoresQuestionsAndPraise(String text) {
		assertThat(of(incoming(text), FindingCode.COMPLAINT)).as(text).isEmpty();
	}

	@Test
	void isForIncomingCommentsOnly() {
		assertThat(of(outgoing("Some parents told us the new homework policy is ridiculous; here is why we chose it."),
				FindingCode.COMPLAINT)).isEmpty();
	}

}
