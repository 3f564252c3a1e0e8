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

/**
 * SAFEGUARDING_RISK by structure: each frame of safeguarding.lex with phrasings it must find that are not in the
 * evaluation corpus, and clean look-alikes it must leave alone.
 */
class SafeguardingRiskTests {

	private static void risk(String text) {
		assertThat(of(incoming(text), FindingCode.SAFEGUARDING_RISK)).as(text).isNotEmpty();
	}

	private static void clean(String text) {
		assertThat(of(incoming(text), FindingCode.SAFEGUARDING_RISK)).as(text).isEmpty();
	}

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
		risk(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I was dying of laughter at the school play", "I nearly killed myself laughing",
			"Can someone send me a pic of the letter about the trip?", "How old are you turning, Mia? Happy birthday!",
			"I'm starving, what's for lunch", "He cut his knee in the playground", "I could die of embarrassment" })
	void ignoresIdiom(String text) {
		clean(text);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Talk to your child about who they talk to online, and remind them never to send pictures to strangers.",
			"Our online safety evening covers sexting, grooming and what to do if someone asks your child to keep a secret.",
			"Anti-Bullying Week: we talked about why 'everyone hates you' messages hurt.",
			"Safer Internet Day: groomers often say 'our little secret' or 'don't tell your parents'.",
			"Year 1 have been practising cutting out the shapes for their collage",
			"Mother's Day cards are coming home today, don't tell your mum!",
			"Year 5 learnt about the caliphate in their history of Baghdad topic" })
	void ignoresTheSchoolsOwnPosts(String text) {
		assertThat(of(outgoing(text), FindingCode.SAFEGUARDING_RISK)).as(text).isEmpty();
	}

	@Test
	void isNotAThreatWhenSomeoneReportsOne() {
		ScreeningResult result = incoming("Someone is threatening my son online and told him they know where he lives");

		assertThat(of(result, FindingCode.SAFEGUARDING_RISK)).isNotEmpty();
	}

	/** Self-harm and suicide, first person and reported, by intent rather than by injury. */
	@ParameterizedTest
	@ValueSource(strings = { "he says he's going to kill himself", "I keep thinking about hurting myself",
			"she's been self harming again", "everyone would be better off if i just disappeared",
			"i dont want to be here anymore", "my son says he wants to die" })
	void findsSelfHarm(String text) {
		risk(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "She fell over and hurt herself in PE", "I nearly killed myself tripping over the PE bags",
			"That film was so sad I wanted to die", "He's been cutting the hedge all weekend",
			"She's got a cut on her arm from the brambles at forest school" })
	void leavesInjuriesAndHyperbole(String text) {
		clean(text);
	}

	/** Overdose and eating disorders. */
	@ParameterizedTest
	@ValueSource(strings = { "she swallowed a whole packet of paracetamol", "I took loads of my dad's pills",
			"he's taken too many tablets", "she says she deserves to starve",
			"my son has stopped eating and hates his body" })
	void findsOverdoseAndStarving(String text) {
		risk(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Took a load of photos at sports day, will share with the class",
			"Remember to take his tablets to the office", "He's stopped eating his vegetables again lol" })
	void leavesPhotosMedicineAndFussyEaters(String text) {
		clean(text);
	}

	/** Sexual images of children and pressure to send them. */
	@ParameterizedTest
	@ValueSource(strings = { "someone shared a naked picture of her",
			"there's a video of her in her underwear going round", "he keeps pressuring her to send photos",
			"an older boy sent him photos of his private parts",
			"He made me send pics and said he'd share them if i told anyone" })
	void findsSexualImages(String text) {
		risk(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Please send photos of the children in their Easter bonnets",
			"Parents are asked to send photos of your child's World Book Day costume",
			"We'll post the photos online tomorrow" })
	void leavesOrdinaryPhotos(String text) {
		clean(text);
	}

	/** Grooming: strangers, lures, secrecy kept from parents, questions about where a child is. */
	@ParameterizedTest
	@ValueSource(strings = { "a man she met on Roblox keeps messaging her and told her not to tell her mum",
			"some older guy added my son on Snapchat", "he offered her money to meet him",
			"a stranger on Roblox asked my 9 year old for our address",
			"A man in a car keeps asking the girls if they want a lift" })
	void findsGrooming(String text) {
		risk(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "It's a surprise party for Mrs Lee, keep it a secret!",
			"Secret Santa is back for the staff this year!", "The PTA were offering the children sweets at the disco",
			"My 8 year old loved the trip!" })
	void leavesSurprisesAndTreats(String text) {
		clean(text);
	}

	/** Radicalisation: recruitment, glorified martyrdom, calls to take up arms. */
	@ParameterizedTest
	@ValueSource(strings = { "the ummah needs its young lions, join the brothers", "martyrdom is the greatest honour",
			"we need to rise up against the government",
			"he's been watching videos saying we should kill all immigrants",
			"he's been sent links to videos of beheadings" })
	void findsRadicalisation(String text) {
		risk(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Join the fight against litter with Eco Club",
			"Take up arms! The Year 4 Romans are ready for battle 😂",
			"Boys aged 10 and over welcome at football trials, DM me" })
	void leavesCampaignsAndPlay(String text) {
		clean(text);
	}

	/** Cyberbullying: mocking chats, filmed attacks, ranking polls, exclusion. */
	@ParameterizedTest
	@ValueSource(strings = { "they made a group chat just for mocking her",
			"they were filming my son being beaten up and posting it online",
			"there's a poll to rate the fattest boy in Year 6",
			"they added everyone except her and made an 'I hate Amy' group",
			"they keep calling her fat and ugly on snapchat and telling her to die" })
	void findsCyberbullying(String text) {
		risk(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The fake account pretending to be the school asks for bank details, don't click!",
			"We hate Mondays", "We're filming the play and posting it for parents to see",
			"Rate the best costume from World Book Day in the comments!" })
	void leavesOrdinaryChatsAndFilming(String text) {
		clean(text);
	}

	/** Abuse at home. */
	@ParameterizedTest
	@ValueSource(strings = { "my stepdad hits me when he's drunk", "her mum's boyfriend hits her and she's scared",
			"he beats us when mum's at work" })
	void findsAbuseAtHome(String text) {
		risk(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "My dad hits the roof when I leave my shoes out", "My brother hit me with a pillow lol" })
	void leavesFamilyLife(String text) {
		clean(text);
	}

	// a secret between adults that opens news is not grooming; the same secret with "you", a pet name or an offer is

	@ParameterizedTest
	@ValueSource(strings = { "Keep it between us, but the mums' relay team has been practising 🤫",
			"Just between us, the summer fair has a bouncy castle this year 😉",
			"Keep it quiet but the hamper for the tombola is enormous 🤫" })
	void adultNewsBehindASecretIsNoGrooming(String text) {
		clean(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Keep it between us but you're really mature for your age 😉",
			"Don't tell your parents and I'll buy you a present", "Keep it quiet, text me a photo of yourself 🤫",
			"Keep it between us, I'll send you some robux 😉" })
	void aSecretToldToAChildStillCounts(String text) {
		risk(text);
	}

}
