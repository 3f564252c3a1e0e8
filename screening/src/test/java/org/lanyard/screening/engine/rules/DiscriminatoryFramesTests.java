package org.lanyard.screening.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lanyard.screening.engine.rules.SchoolFixtures.incoming;
import static org.lanyard.screening.engine.rules.SchoolFixtures.of;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lanyard.screening.engine.FindingCode;

/**
 * The prejudice frames of discriminatory.lex, family by family: phrasings a parent might write that must be found
 * (none of them a sentence of the evaluation corpus), and clean look-alikes about the same groups that must not be
 * (neutral or positive frames, facts, counter-speech). A frame needs both a protected group and a negative
 * generalisation; these lists are where that shows.
 */
class DiscriminatoryFramesTests {

	private record Family(String name, List<String> found, List<String> clean) {
	}

	private static final List<Family> FAMILIES = List.of(
			new Family("generalisation: X are (all) Y",
					List.of("Muslims are all terrorists", "Eastern Europeans are all thieves", "Catholics are all hypocrites", "Pregnant teachers are a liability", "Kids with autism are just naughty and attention seekers", "Black kids are more aggressive"),
					List.of("Refugee families are always welcome at our school.", "Disabled children are more likely to be bullied, so please talk to your kids about kindness.", "Deaf kids are brilliant at reading faces.", "Immigrants are not criminals, stop spreading lies.")),
			new Family("naturally worse at",
					List.of("Girls are naturally worse at maths", "Women are useless at running things", "Boys are naturally better at maths than girls", "Old people are rubbish at technology"),
					List.of("The girls are brilliant at netball this year.", "Girls are amazing at football, who knew!", "My son says the girls are always beating the boys at times tables")),
			new Family("not really one of us",
					List.of("Hindus aren't really British", "Two mums isn't a proper family", "A man in a dress will never be a woman", "Civil partnerships aren't proper marriages", "Trans women will never be real women", "Muslims aren't welcome here"),
					List.of("Two dads, two mums, one mum, one dad - all families are welcome.", "Our EAL pupils are making brilliant progress in English.", "Trans pupils are supported by our inclusion policy.")),
			new Family("shouldn't",
					List.of("Men shouldn't be working in Reception with little children", "Pregnant teachers shouldn't be given a Year 6 class", "Mothers shouldn't be breastfeeding at the school fair", "Older mums shouldn't be having babies", "People with mental health problems shouldn't be teachers", "Trans teachers shouldn't be allowed near children", "Civil partnerships shouldn't count as marriage"),
					List.of("Girls shouldn't be afraid to try football, my daughter loves it.", "Disabled children shouldn't have to miss out on school trips.", "Pregnant staff shouldn't lift heavy boxes, so the caretaker will help.", "Mothers shouldn't have to choose between work and family.", "Disabled people shouldn't be treated differently.")),
			new Family("can't",
					List.of("Women can't lead a school", "Atheists can't be trusted with children", "Two dads can't raise a child properly", "People who pray five times a day can't be proper teachers", "Half the class are foreigners who can't even speak English"),
					List.of("Wheelchair users can't get into the hall until the ramp is fixed, please sort it.", "Muslim pupils can't eat the sausages, so the cook has made a halal option.", "Autistic children can find loud noises difficult, so ear defenders are available.", "Dads can't wait for the father's day breakfast!")),
			new Family("should be kept out",
					List.of("Teachers over 60 should be made to retire", "Refugees should go back where they came from", "Autistic children should be taught separately", "Muslim parents should learn their place", "Older staff should step aside for young ones"),
					List.of("Children with chickenpox should stay at home until the spots scab over.", "Pupils with hearing aids should sit near the front.", "Children with allergies should be kept away from nuts.")),
			new Family("need their own school, no place",
					List.of("Deaf kids need their own school", "Blind children need their own school", "Gay teachers have no place in a church school"),
					List.of("Deaf children need their own interpreter in class.", "Pupils with EHCPs will have their annual reviews this term.")),
			new Family("hold back, drag down",
					List.of("Deaf kids hold everyone else back", "Immigrant kids are dragging the test results down", "SEN children are dragging down our SATs results", "Wheelchair users slow the whole class down"),
					List.of("Poor weather slowed everyone down on the walk.", "Teachers at our school never hold any child back.")),
			new Family("bring trouble",
					List.of("Travellers' children bring trouble wherever they go", "Immigrants bring crime wherever they go", "Refugees spread disease"),
					List.of("Refugee families bring such a rich culture to our school.", "Our Polish families bring the best cakes to the fair.")),
			new Family("only look after their own",
					List.of("Jewish families only ever look after their own", "Romanian families only look after their own", "Jews only care about money"),
					List.of("Muslim families look after their elderly relatives at home.", "Grandparents only look after the kids on Fridays.")),
			new Family("never, don't",
					List.of("Black parents never come to parents' evening", "Asian families never integrate", "Foreigners never pay taxes", "Somali parents don't care about education"),
					List.of("Jewish families don't come in on Saturdays because of Shabbat.", "Dads never look so proud as on sports day!")),
			new Family("always, special treatment, take our jobs",
					List.of("Polish families are taking all the school places", "Polish builders take our jobs", "Disabled kids get special treatment", "Travellers always play the victim"),
					List.of("Disabled pupils get extra support from our SENCo.", "The Year 6 girls are always first to tidy up.")),
			new Family("girls and boys",
					List.of("Girls can't do science", "Girls should stay off the football pitch at lunch", "Girls should stick to netball", "Boys don't cry"),
					List.of("Girls should keep their hair tied back in science.", "Boys should bring shin pads for football.", "Our Year 6 boys' choir sang beautifully.")),
			new Family("boys' game",
					List.of("It's a boys' game", "It's a man's job", "Football is only for boys", "Ballet is just for girls"),
					List.of("Ballet is for boys too!", "Netball isn't just for girls, everyone can join.", "It's a girls' club for Years 5 and 6.")),
			new Family("a woman's place",
					List.of("A married woman's place is at home with her children", "A woman's place is in the kitchen", "Mums should stay at home with their kids"),
					List.of("Mothers' Day breakfast was lovely, thank you!", "A woman's place is wherever she wants it to be.")),
			new Family("religion",
					List.of("Islam is a violent religion", "Islam is an evil religion", "Islam is a religion of hate", "The burka should be banned", "Ban the hijab in schools"),
					List.of("Year 5 showing off their Islamic geometric patterns in maths.", "Islam is one of the religions we study in RE this term.", "The Sikh boys in Year 3 brought in their patkas to show the class.")),
			new Family("sexual orientation and gender reassignment",
					List.of("Every child needs a mum and a dad", "The school is trying to turn our kids gay", "They keep shoving their gay agenda down our throats", "He's just a man in a dress", "Being bisexual is just greedy", "Non-binary is made up nonsense", "Kids raised by two mums will be confused"),
					List.of("Pride Month: we celebrate LGBT families in our community.", "Gay couples can adopt and foster, our family is proof that it works!", "The dame in the panto was played by Mr Jones in a dress!")),
			new Family("pregnancy and maternity",
					List.of("She'll only disappear on maternity leave", "She only got pregnant to get out of work", "Breastfeeding in public is disgusting", "Why give the job to a pregnant woman"),
					List.of("Mrs Green is going off on maternity leave next week, we wish her well.", "Breastfeeding mums are welcome to use the quiet room.", "Maternity cover for Mrs Patel will be provided by Mr Jones.")),
			new Family("race and nationality",
					List.of("Hindus aren't British, whatever their passports say", "This country is full", "I'm not racist but there are too many immigrants", "They come over here and take our jobs"),
					List.of("Immigrants have shaped Britain for centuries: Year 6 History topic.", "Foreign exchange students from France arrive on Monday.")),
			new Family("exclusion by others",
					List.of("Get rid of all the immigrants", "We don't want Muslims teaching our kids", "I wouldn't trust a Muslim teacher", "Sick of all these immigrants", "Typical Muslims", "Bloody foreigners", "Why are we wasting money on kids in wheelchairs"),
					List.of("We would never let disabled pupils miss out on sports day.", "We don't want disabled children to feel left out.", "Typical British summer, rain on sports day!", "I'm sick of mums parking on the zigzags.")),
			new Family("counter-speech",
					List.of(),
					List.of("Who says girls can't play football? Our Year 5 team just won the league!", "Don't let anyone tell you girls can't do science.", "Some people think girls can't play football. Our Year 6 girls proved them wrong!", "It's not true that boys are better at maths than girls.", "Myth: autistic children can't make friends. Fact: they just need the right support.")),
			new Family("a group makes terrible X, cheats the system, is a risk",
					List.of("Women make terrible head teachers", "Indian families cheat the system", "Male nursery nurses are a safeguarding risk", "Pregnant staff are always off sick", "Gay parents are damaging their children", "People in wheelchairs are a fire risk"),
					List.of("Women make brilliant head teachers", "Two pregnant staff are off sick today so Year 2 has a supply teacher.", "Muslim families are on holiday for Eid next week.", "Disabled children are at risk of isolation in the holidays")),
			new Family("one person standing for all",
					List.of("A Sikh should not be a head teacher in a Church school", "I wouldn't trust a Muslim teacher", "Lesbians shouldn't be PE teachers", "Mental kids should be in a mental home"),
					List.of("Mrs Shah, a Muslim teacher, made the Eid display.", "Our new Sikh governor brings a wealth of experience.")),
			new Family("gender reassignment denied",
					List.of("Trans girls are boys, end of", "Transgender kids are being brainwashed by teachers", "Trans women will never be real women"),
					List.of("Trans girls are girls, and our policy says so.", "Trans kids deserve to feel safe at school.")));

	@TestFactory
	Stream<DynamicContainer> eachFamilyFindsItsPhrasingsAndLeavesItsLookAlikes() {
		return FAMILIES.stream().map(family -> DynamicContainer.dynamicContainer(family.name(), Stream.concat(
				family.found().stream().map(text -> DynamicTest.dynamicTest("found: " + text,
						() -> assertThat(of(incoming(text), FindingCode.DISCRIMINATORY)).as(text).isNotEmpty())),
				family.clean().stream().map(text -> DynamicTest.dynamicTest("clean: " + text,
						() -> assertThat(of(incoming(text), FindingCode.DISCRIMINATORY)).as(text).isEmpty())))));
	}

	@TestFactory
	Stream<DynamicTest> everyFamilyHasThreePhrasingsAndTwoLookAlikes() {
		return FAMILIES.stream().map(family -> DynamicTest.dynamicTest(family.name(), () -> {
			assertThat(family.found().size() + family.clean().size()).isGreaterThanOrEqualTo(5);
			assertThat(family.clean()).hasSizeGreaterThanOrEqualTo(2);
		}));
	}

}
