package org.lanyard.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.lanyard.screening.engine.ConsentStatus;
import org.lanyard.screening.engine.Consents;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.PersonRole;
import org.lanyard.screening.engine.PolicyPacks;
import org.lanyard.screening.engine.Purpose;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.RosterPerson;
import org.lanyard.screening.engine.SchoolContext;
import org.lanyard.screening.engine.ScreeningSettings;

/**
 * A realistic large school for the benchmarks: a 2,000-person roster, consents, a lexicon grown to 5,000 terms with
 * generated school terms, and about a megabyte of the kind of prose a school posts and its community writes back.
 * Everything is generated from a fixed seed, so every run measures the same work.
 */
final class SchoolFixture {

	static final int ROSTER_SIZE = 2_000;

	static final int EXTRA_TERMS = 5_000;

	private static final String[] FIRST = { "Amelia", "Oliver", "Isla", "George", "Ava", "Noah", "Mia", "Leo", "Ivy",
			"Oscar", "Grace", "Jack", "Aisha", "Idris", "Zofia", "Tomasz", "Rowan", "Hope", "Summer", "Miles", "Ruby",
			"Harry", "Poppy", "Freddie", "Sophia", "Arthur", "Layla", "Theo", "Nia", "Kai" };

	private static final String[] LAST = { "Smith", "Jones", "Taylor", "Brown", "Patel", "Khan", "Nowak", "Begum",
			"Hill", "Wood", "Price", "Reid", "O'Neill", "Cockburn", "Dick", "Pratt", "Fisher", "Mason", "Hughes",
			"Walker", "Zieliński", "Lloyd-Jones", "Okafor", "Murphy", "Evans", "Green", "Baker", "Field", "Church" };

	/** Paragraphs in the voice of school posts and parents' comments: mostly clean, a few with findings. */
	private static final String[] PARAGRAPHS = {
			"What a wonderful harvest assembly this morning! Thank you to every family who sent in donations for the food bank; the children were so proud to carry them up to the front of the hall.",
			"Year 4 have been learning about the Romans this half term. Ask your child about the mosaics they designed, and do come and see the display in the library on Thursday after school.",
			"A reminder that Friday is non-uniform day in aid of Children in Need. Please bring a pound or two, and remember sensible shoes for the afternoon PE lessons.",
			"Does anyone know whether the after-school club runs on the last day of term? The letter and the website seem to say different things, and I need to arrange a lift for my two.",
			"Changing the school day to finish at 3pm without asking parents was a bad decision. Some of us work until five and the club is already full.",
			"Well done to the football team on Saturday, four goals to one and the best they have played all season. Good luck in the final next month, we will all be there cheering.",
			"Our eco-council has been busy: new planters by the gate, a litter pick on the playing field and a letter to the council about the crossing on Mill Lane.",
			"Please can parents avoid parking on the zig-zag lines at pick-up. It is dangerous for the little ones and the community police officer will be visiting next week.",
			"The Year 6 residential to Whitby is now fully booked. Kit lists went home today; if you need help with anything on the list, please speak to the office in confidence.",
			"Mrs Cockburn's class won the attendance cup again, with Mr Pratt's class a close second. Keep it up, everyone, every day counts!",
			"Parents' evening bookings open on Monday at 6pm through the parent app. Appointments are ten minutes long; please let us know if you need an interpreter.",
			"Our cat knocked the Tudor house project off the table, f*ck's sake, three hours of lolly sticks gone. Anyone got spare glue?",
			"Flu spray letters went home in book bags this week. Please return the consent form by Friday even if you do not want your child to have it.",
			"Big thanks to the PTA for the summer fair: the tombola raised over four hundred pounds towards new reading books for the Reception classes.",
			"Register for the phonics workshop for parents here: https://www.example-school.sch.uk/phonics or call the office on 01332 555 0101.",
			"Online safety: talk to your child about who they are talking to online, and remember the SMART rules we teach in computing lessons.",
	};

	private SchoolFixture() {
	}

	static SchoolContext school() {
		Random random = new Random(2000);
		List<RosterPerson> people = new ArrayList<>();
		Consents.Builder consents = Consents.builder();
		for (int i = 0; i < ROSTER_SIZE; i++) {
			PersonRole role = i < 1_300 ? PersonRole.PUPIL : i < 1_850 ? PersonRole.PARENT : i < 1_960 ? PersonRole.STAFF
					: PersonRole.GOVERNOR;
			String id = "X" + i;
			people.add(new RosterPerson(id, role, FIRST[random.nextInt(FIRST.length)], LAST[random.nextInt(LAST.length)],
					null, role == PersonRole.PUPIL ? null : "person" + i + "@example.com"));
			if (role == PersonRole.PUPIL) {
				consents.put(id, Purpose.SOCIAL_MEDIA, random.nextInt(10) == 0 ? ConsentStatus.REFUSED : ConsentStatus.GRANTED);
			}
		}
		Map<String, FindingCode> extra = new LinkedHashMap<>();
		FindingCode[] codes = { FindingCode.OFFENSIVE_LANGUAGE, FindingCode.SAFEGUARDING_RISK, FindingCode.CONFIDENTIAL };
		for (int i = 0; i < EXTRA_TERMS; i++) {
			extra.put(pseudoWord(random) + (i % 3 == 0 ? " " + pseudoWord(random) : ""), codes[i % codes.length]);
		}
		ScreeningSettings settings = new ScreeningSettings(List.of("example-school.sch.uk", "gov.uk", "bbc.co.uk"),
				List.of("academy conversion", "budget deficit", "Ofsted call"), extra, List.of());
		return SchoolContext.of(Roster.of(people), consents.build(), PolicyPacks.get("little-eaton-2024"), settings);
	}

	/** Every term the engine's own lexicon adds to matching, plus the generated ones: the Aho–Corasick ceiling's keywords. */
	static List<String> keywords() {
		Random random = new Random(2000);
		List<String> words = new ArrayList<>();
		for (String first : FIRST) {
			words.add(first.toLowerCase());
		}
		for (String last : LAST) {
			words.add(last.toLowerCase());
		}
		for (int i = 0; i < EXTRA_TERMS; i++) {
			words.add(pseudoWord(random));
		}
		return words;
	}

	/** About {@code bytes} of prose, paragraphs in a shuffled order. */
	static String prose(int bytes) {
		Random random = new Random(7);
		StringBuilder text = new StringBuilder(bytes + 512);
		while (text.toString().getBytes(StandardCharsets.UTF_8).length < bytes) {
			for (int i = 0; i < 64; i++) {
				text.append(PARAGRAPHS[random.nextInt(PARAGRAPHS.length)]).append("\n\n");
			}
		}
		return text.toString();
	}

	/** 300-character comments, as a parent writes them. */
	static List<String> comments() {
		List<String> comments = new ArrayList<>();
		for (String paragraph : PARAGRAPHS) {
			String comment = (paragraph + " " + paragraph + " " + paragraph).substring(0, 300);
			comments.add(comment);
		}
		return comments;
	}

	private static String pseudoWord(Random random) {
		String consonants = "bcdfghjklmnprstvwz";
		String vowels = "aeiou";
		StringBuilder word = new StringBuilder();
		int syllables = 2 + random.nextInt(2);
		for (int i = 0; i < syllables; i++) {
			word.append(consonants.charAt(random.nextInt(consonants.length())));
			word.append(vowels.charAt(random.nextInt(vowels.length())));
		}
		word.append(consonants.charAt(random.nextInt(consonants.length())));
		return word.toString();
	}

}
