package org.lanyard.screening.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lanyard.screening.engine.rules.SchoolFixtures.incoming;
import static org.lanyard.screening.engine.rules.SchoolFixtures.of;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanyard.screening.engine.FindingCode;

/**
 * Each structure of {@code complaint.lex} and the Complaint rule, tested with phrasings of our own (none taken from
 * the evaluation corpus) and with clean look-alikes that share its words: praise, questions, requests, somebody
 * else's decision, other parents, the weather, a child's reported view.
 */
class ComplaintStructureTests {

	private static void complaint(String text) {
		assertThat(of(incoming(text), FindingCode.COMPLAINT)).as(text).isNotEmpty();
	}

	private static void clean(String text) {
		assertThat(of(incoming(text), FindingCode.COMPLAINT)).as(text).isEmpty();
	}

	// a school decision, then a criticism of it in the same sentence

	@ParameterizedTest
	@ValueSource(strings = { "Scrapping the school minibus is short-sighted.",
			"The new homework rules are way too strict for seven year olds.",
			"Asking parents to pay £30 for a school trip is extortionate.",
			"Forcing children to wear blazers in July is ridiculous.",
			"Not giving parents any notice of the inset day was thoughtless.",
			"The price rise for school dinners is unaffordable for many of us.",
			"Sending kids home for wearing the wrong shoes is over the top.",
			"The rule that says children who are late miss golden time is unfair." })
	void aDecisionThenItsCriticism(String text) {
		complaint(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The new pick-up system is working really well.",
			"The new rule about phones is in place and the weather is terrible.",
			"Changing the clocks this weekend, so it's dark at pick-up.", "Charging station for the iPads is broken.",
			"The price of school shoes in the shops is extortionate!",
			"My son thinks the new rule about football is unfair, bless him." })
	void aCriticismOfSomethingElseIsNoComplaint(String text) {
		clean(text);
	}

	// an opinion that judges a decision anywhere in its sentence

	@ParameterizedTest
	@ValueSource(strings = { "I completely disagree with the new mobile phone policy.",
			"I object to the ban on packed lunches.", "Really poor communication from the school about the changes.",
			"I'm really unhappy with the school's decision to stop the choir.",
			"Not impressed with the new lunchtime rules at all.",
			"I can't see why the school needs to close for a whole week." })
	void anOpinionOfADecision(String text) {
		complaint(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I disagree with the other parents, the new policy is great.",
			"I'm furious with myself for forgetting the bake sale!", "Poor planning on my part, forgot the PE kit!",
			"It's unfair that my son has to share his birthday with Christmas 😂",
			"Really disappointed to miss sports day, stuck at work!" })
	void anOpinionWithoutASchoolDecisionIsNoComplaint(String text) {
		clean(text);
	}

	// outbursts and exclamations that stand apart

	@ParameterizedTest
	@ValueSource(strings = { "Sports day has been cancelled again. Absolutely ridiculous.",
			"They've changed the term dates again, ridiculous.",
			"Can't believe they've cancelled the Christmas fair, what a joke.",
			"Absolutely disgusted the school has decided to stop the lollipop lady.",
			"Why does the school keep changing the dates? It's chaos.", "What an absolute farce" })
	void anOutburstAboutADecision(String text) {
		complaint(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ridiculous amount of snow today!", "Absolutely shocking weather for sports day.",
			"This is so ridiculous 😂 my son wants to go to school on a Saturday",
			"Getting the kids out of the door this morning was a shambles 😂",
			"The kids' costumes were a shambles but so cute!", "Shocking how quickly the year has gone!" })
	void anOutburstAboutNothingTheSchoolDecidedIsNoComplaint(String text) {
		clean(text);
	}

	// somebody else's decision

	@ParameterizedTest
	@ValueSource(strings = { "The council's plan to close the library is a disgrace.",
			"The referee's decision in the final was shocking!",
			"The government's new SATs policy is ridiculous.", "Our Year 6 team were robbed, the ref made a terrible call.",
			"The bus company has cut the 8am service, which is a disaster for us.",
			"Some parents think the new rule is unfair but I think it makes sense." })
	void somebodyElsesDecisionIsNoComplaintAboutTheSchool(String text) {
		clean(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The trust's decision to merge the classes is completely wrong.",
			"The headteacher's decision to scrap the leavers' trip is shameful.",
			"The school's policy of following the council's advice is ridiculous." })
	void theSchoolsOwnBodiesDecideForTheSchool(String text) {
		complaint(text);
	}

	// support and praise

	@ParameterizedTest
	@ValueSource(strings = { "I fully support the new phone policy, anyone saying it's unfair is wrong.",
			"I love the new uniform, the old one was awful.", "Moving the fair indoors was the right call.",
			"Cancelling the trip due to the storm was the sensible choice.",
			"Great decision to extend the after-school club!", "When does the new uniform policy start?",
			"Is the new homework policy going to apply to Reception too?" })
	void praiseSupportAndQuestionsAreNoComplaint(String text) {
		clean(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I love this school but the new homework policy is ridiculous.",
			"I support the new uniform, however £22 for a jumper is a rip off and the price is unfair.",
			"I understand money is tight but cutting the TA hours is a false economy." })
	void criticismAfterAButStillCounts(String text) {
		complaint(text);
	}

	// whole findings: criticism that names the school's decision itself, and announcements of a complaint

	@ParameterizedTest
	@ValueSource(strings = { "What a ridiculous policy.", "Ridiculous decision to close on polling day.",
			"Nobody asked parents before changing the school day.", "We weren't consulted about any of this.",
			"The governors were wrong to sign off the new timetable.", "Shame on the school for this.",
			"The school should scrap this homework policy.", "The school have really messed up the Year 6 transition.",
			"The school doesn't care about working families.", "I'll be writing to the governors about this.",
			"I want to raise a formal complaint about how this was handled." })
	void criticismThatNamesTheSchoolsDecisionItself(String text) {
		complaint(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Mr Hill has banned football at lunchtime, ridiculous.",
			"The new head has changed everything and it's a disaster.",
			"Why should parents have to pay for the leavers' hoodies?",
			"I'm sick of the school changing things at the last minute.",
			"The school has ruined sports day with all these new rules.",
			"This decision will hurt working families the most." })
	void moreWaysOfNamingWhatTheSchoolDid(String text) {
		complaint(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "My daughter has cancelled her piano lessons, she's so busy!",
			"Why should we bother with suncream when it's raining? 😂", "The new head has been brilliant.",
			"My son has banned me from singing in the car 😂", "This decision will help families so much, thank you." })
	void theirLookAlikesAreClean(String text) {
		clean(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "If the head won't listen, I'll ask again at parents' evening.",
			"The council made a terrible decision closing the leisure centre.",
			"Please take it to the office if you find a lost coat.", "Not a bad idea at all, well done.",
			"Who decided it was a good idea to give my son a drum for his birthday? 😂" })
	void lookAlikesOfWholeFindingsAreClean(String text) {
		clean(text);
	}

	// a price that belongs to goods and bills, not to the school

	@ParameterizedTest
	@ValueSource(strings = { "Diesel has gone up again, absolutely shocking.", "Our water bill has doubled, disgraceful.",
			"The price of milk is extortionate now.", "Prices at Asda have shot up again, daylight robbery.",
			"£4 for a coffee at Costa, what a rip off." })
	void aPriceOfGoodsAndBillsIsNoComplaint(String text) {
		clean(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The school has put the price of the residential up to £300, disgraceful.",
			"With petrol so dear, charging £10 for the coach is unfair.",
			"After school club fees have gone up again, ridiculous." })
	void aSchoolPriceBesideGoodsStillCounts(String text) {
		complaint(text);
	}

	// disbelief, mockery and turned-round praise

	@ParameterizedTest
	@ValueSource(strings = { "Who thought a 2pm finish on a Friday was a good idea?",
			"What was the school thinking scrapping the choir?", "Can't believe the school has banned scooters.",
			"Yet another pointless training day.", "What a daft day to hold the Christmas fair.",
			"Well done on cancelling the only trip of the year." })
	void disbeliefAndMockeryOfADecision(String text) {
		complaint(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Who thought the choir would sound this good?", "Can't believe how tall they've all got!",
			"Another lovely afternoon at the summer fair.", "Well done on the sponsored walk, everyone." })
	void lookAlikesOfDisbeliefAndMockeryAreClean(String text) {
		clean(text);
	}

}
