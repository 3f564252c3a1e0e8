package org.lanyard.screening.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lanyard.screening.engine.rules.SchoolFixtures.incoming;
import static org.lanyard.screening.engine.rules.SchoolFixtures.of;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanyard.screening.engine.FindingCode;

/**
 * THREAT by structure: each frame of threat.lex with phrasings it must find that are not in the evaluation corpus, and
 * clean look-alikes it must leave alone.
 */
class ThreatTests {

	private static void threat(String text) {
		assertThat(of(incoming(text), FindingCode.THREAT)).as(text).isNotEmpty();
	}

	private static void clean(String text) {
		assertThat(of(incoming(text), FindingCode.THREAT)).as(text).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "I know where you live", "watch your back", "Mrs Cockburn better watch her back",
			"people like you should be shot", "wait till I see you", "You'll regret this", "you'll be sorry",
			"I'll make sure you never work again", "I'll batter you", "im gonna kill u", "I'm going to smash his face in",
			"We know where you live and we're coming for you", "Someone should shoot the head",
			"Mrs Cockburn will be getting a visit from me and my brothers, and she won't enjoy it.",
			"it would be a shame if something happened to your car", "I'll get you sacked",
			"i will burn the school down" })
	void findsThreats(String text) {
		threat(text);
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
		clean(text);
	}

	@Test
	void needsASecondCueForAVeiledThreat() {
		clean("you won't enjoy it");
		threat("you won't enjoy it. Nice house you've got there.");
	}

	/** Speaker + future + harm + target, with a gap for "find you and ...", "get my cousins to ...". */
	@ParameterizedTest
	@ValueSource(strings = { "we're gonna batter that teacher", "I swear I'll knock him out",
			"me and my brothers will beat him up", "I'll wait for her and smash her face in",
			"I'll track him down and stab him", "I'll get my cousins to batter him",
			"I'm going to wait for him after school and sort him out", "Someone should give that head a good slap",
			"I hope that teacher gets what's coming to her", "Tell Mrs Lee to watch herself" })
	void findsASpeakerWhoWillDoHarm(String text) {
		threat(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "We'll kill them at rounders on Friday", "I'll make sure nobody can hurt you",
			"I'll hit you up later about the lift share", "I'll shoot you a message about the costume",
			"I'll sort you out a ticket for the disco", "I'll kill him if he forgets his PE kit again",
			"I'm going to kill her when she gets home, she's lost another jumper", "We'll destroy you at the PTA quiz!",
			"I'll drag him out of bed for the trip, don't worry", "I'll give you a lift to the party",
			"Tell Mrs Lee to watch out for the new menu" })
	void leavesHarmlessUsesOfTheSameVerbs(String text) {
		clean(text);
	}

	/** Violence said laughing is banter; knowing where someone lives is not excused by a laugh. */
	@Test
	void banterExcusesViolenceButNotStalking() {
		clean("we'll batter you at the quiz lol");
		clean("I'm going to kill him lol he's lost his coat again");
		clean("We're coming for you at the charity netball match, staff team! 😂");
		threat("I know where you live lol");
	}

	/** Knowing where someone is: "I know where Mrs X lives", "which car is yours", "what time you leave". */
	@ParameterizedTest
	@ValueSource(strings = { "We know where your kids go to school", "I know where Mr Price lives",
			"We will find out where she lives",
			"we know which house is yours", "I know what time Mrs Lee leaves work" })
	void findsKnowingWhereSomeoneIs(String text) {
		threat(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Does anyone know where the lost property box is?",
			"We know which car park to use on sports day", "I know what time the kids finish on Friday, it's 1.30" })
	void leavesKnowingWhereThingsAre(String text) {
		clean(text);
	}

	/** Turning up and waiting: strong with a second cue (numbers, "every night until"). */
	@ParameterizedTest
	@ValueSource(strings = { "We'll be waiting for Mrs Lee in the car park, there are four of us",
			"I'll be outside his house every night until he resigns", "she'll be getting a visit from my lads",
			"If my son gets another detention I'll be waiting for that teacher outside" })
	void findsTurningUp(String text) {
		threat(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I'll be waiting at the gates at 3.15 with her scooter",
			"I'll be outside your house at 8 to pick Jack up for football",
			"Reception are getting a visit from the fire brigade on Monday", "I'll be waiting outside at 3:15 to collect",
			"Year 2 had a visit from my husband, he's a firefighter" })
	void leavesArrangementsToMeet(String text) {
		clean(text);
	}

	/** A beating that is coming: "she's getting a slap", "they'll be getting a kicking". */
	@ParameterizedTest
	@ValueSource(strings = { "he's getting a slap next time I see him", "you're getting a good hiding",
			"those boys will be getting a kicking" })
	void findsABeatingThatIsComing(String text) {
		threat(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "She'll get a slap-up meal for winning star baker!",
			"Year 6 are getting a visit from the police dog", "That was a slap in the face for working parents" })
	void leavesTreatsAndIdioms(String text) {
		clean(text);
	}

	/** Predictions of regret or payback made to the target. */
	@ParameterizedTest
	@ValueSource(strings = { "the head is going to regret this", "whoever did this will pay for it.",
			"they'll pay for what they did", "You lot will regret this" })
	void findsPayback(String text) {
		threat(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "You'll regret missing the summer fair!", "The kids will be sorry to see her go",
			"We'll be sorry to lose Mrs Patel at Easter", "you will pay for it on ParentPay by Friday",
			"Parents will pay for the coach, school covers entry" })
	void leavesRegretAndPaymentInKindness(String text) {
		clean(text);
	}

	/** Warnings and ultimatums. */
	@ParameterizedTest
	@ValueSource(strings = { "the head had better watch out, I'm bringing my brothers",
			"he'd better not show his face here again", "if she crosses me again she'll find out",
			"Do that to my son again and see what happens." })
	void findsWarningsAndUltimatums(String text) {
		threat(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Hand in your forms on Friday or else you'll miss the trip", "Watch out for the ice!",
			"One more sleep and it's the summer fair!", "One more week and we'll be on holiday!",
			"This is your final warning to return reading books before the holidays" })
	void leavesRemindersAndCountdowns(String text) {
		clean(text);
	}

	/** Threats against the school and weapons. */
	@ParameterizedTest
	@ValueSource(strings = { "someone should torch that school", "this place is going to burn.",
			"someone needs to burn this school to the ground", "a brick through her window will sort it",
			"I've got a knife in the car for anyone who tries it", "I'll bring a knife next time" })
	void findsThreatsToTheSchoolAndWeapons(String text) {
		threat(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The kids are going to burn in this heat, please send suncream",
			"Year 5 learnt how Guy Fawkes planned to blow up parliament",
			"I've got a cricket bat in the boot for the match", "Burn the midnight oil, Year 6!" })
	void leavesSunburnHistoryAndSport(String text) {
		clean(text);
	}

	/** Harassment and exposure. */
	@ParameterizedTest
	@ValueSource(strings = { "I'll post her address all over Facebook", "everyone will know where she lives",
			"I'm going to make Mr Price's life a misery", "I'll keep emailing every teacher day and night" })
	void findsHarassment(String text) {
		threat(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I'll keep messaging the office until someone answers about the bus",
			"Everyone will know the songs by the concert", "Homework makes my life hell",
			"Someone's going to get hurt on that crossing if the council doesn't do something" })
	void leavesPersistenceAndWorry(String text) {
		clean(text);
	}

}
