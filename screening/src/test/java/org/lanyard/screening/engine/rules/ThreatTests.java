package org.lanyard.screening.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lanyard.screening.engine.rules.SchoolFixtures.incoming;
import static org.lanyard.screening.engine.rules.SchoolFixtures.of;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanyard.screening.engine.FindingCode;

class ThreatTests {

	@ParameterizedTest
	@ValueSource(strings = { "I know where you live", "watch your back", "Mrs Cockburn better watch her back",
			"people like you should be shot", "wait till I see you", "You'll regret this", "you'll be sorry",
			"I'll make sure you never work again", "I'll batter you", "im gonna kill u", "I'm going to smash his face in",
			"We know where you live and we're coming for you", "Someone should shoot the head",
			"Mrs Cockburn will be getting a visit from me and my brothers, and she won't enjoy it.",
			"it would be a shame if something happened to your car", "I'll get you sacked",
			"i will burn the school down" })
	void findsThreats(String text) {
		assertThat(of(incoming(text), FindingCode.THREAT)).as(text).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "We're going to kill them at netball on Saturday!", "I'm going to get her from school at 3",
			"I'll see you outside the hall at 3", "Santa is coming to town, you better watch out!",
			"You'll regret it if you miss the summer fair!", "The kids killed it at sports day",
			"Dying to see you all", "I could murder a cup of tea", "Great shooting at netball club",
			"Year 6 made bath bombs", "Break a leg tonight!", "Mind your step, the playground is icy",
			"Can't wait till I see you at the fair", "She won't enjoy the film, it's too scary",
			"A man keeps messaging my daughter asking her to keep it secret",
			"Someone has been threatening my son on Snapchat" })
	void ignoresIdiomAndReports(String text) {
		assertThat(of(incoming(text), FindingCode.THREAT)).as(text).isEmpty();
	}

	@Test
	void needsASecondCueForAVeiledThreat() {
		assertThat(of(incoming("you won't enjoy it"), FindingCode.THREAT)).isEmpty();
		assertThat(of(incoming("you won't enjoy it. Nice house you've got there."), FindingCode.THREAT)).isNotEmpty();
	}

}
