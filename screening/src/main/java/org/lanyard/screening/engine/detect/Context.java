package org.lanyard.screening.engine.detect;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the words just before a match say about whose data it is. Phone numbers and addresses carry no owner, so the
 * sentence around them decides: "the school office on 01332 …" is the school's published contact, "Derby Museum,
 * 1 The Strand" a public place, "his mobile" someone's own.
 */
final class Context {

	private static final Pattern SCHOOL_CONTACT = Pattern.compile("(?i)\\b(?:school|office|reception|switchboard|academy"
			+ "|nursery|front desk|admissions|main line|helpline|hotline|advice line|booking line|box office|enquiries"
			+ "|enquiry line|customer services|council|surgery|hospital|nhs|police|library|museum|helpdesk)\\b");

	/** In the school's own post, "call us" and "our number" are the school speaking. */
	private static final Pattern SCHOOL_SPEAKING = Pattern
		.compile("(?i)\\b(?:(?:call|ring|phone|contact|text|reach|message) us|get in touch|our (?:number|phone|telephone|office|main))\\b");

	private static final Pattern PERSONAL = Pattern.compile("(?i)\\b(?:mobile|mob|cell|home|personal|private|my|me|his"
			+ "|her|him|their|whatsapp|text|landline|nan|mum|dad|lives?|living|moved)\\b");

	/** A named public place right before the address: the capitals make it a name, not "near the school". */
	private static final Pattern PUBLIC_PLACE = Pattern.compile("\\b(?:School|Academy|Nursery|College|Primary|Infants"
			+ "|Juniors|Church|Chapel|Hall|Centre|Center|Library|Museum|Office|Surgery|Council|Leisure|Stadium|Theatre"
			+ "|Park|Zoo|Hotel|Station|Hospital|Trust|Club)\\b(?!\\s+" + StreetAddresses.SUFFIX + ")[^.!?\\n]{0,60}$");

	private Context() {
	}

	/**
	 * The school's (or another organisation's) published number: the same sentence names the office, a helpline or
	 * the like, or, in the school's own post, says "call us", and nothing makes it someone's own.
	 */
	static boolean isSchoolContact(String text, int start, boolean outgoing) {
		String before = sentenceBefore(text, start, 80);
		boolean organisation = (outgoing ? SCHOOL_CONTACT.matcher(before).find() : ORGANISATION_NUMBER.matcher(before).find())
				|| (outgoing && SCHOOL_SPEAKING.matcher(before).find());
		return organisation && !PERSONAL.matcher(before).find();
	}

	/**
	 * In a comment from the public, the number is an organisation's only when the words right before it say so
	 * ("call the school office on", "the NSPCC helpline:"): a comment that merely mentions the school ("a dog near
	 * school, please call …") gives a person's own number.
	 */
	private static final Pattern ORGANISATION_NUMBER = Pattern.compile("(?i)\\b(?:school|office|reception|switchboard"
			+ "|academy|nursery|front desk|admissions|main line|helpline|hotline|advice line|booking line|box office"
			+ "|enquiries|enquiry line|customer services|council|surgery|hospital|nhs|police|library|museum|helpdesk)"
			+ "(?:'s|’s)?(?:\\s+(?:office|reception|team|desk|main|line|number|phone|telephone|tel|switchboard|direct"
			+ "|directly|on|at|is|free|freephone))*\\s*[:(\\-–]?\\s*$");

	/** In the school's own post, "our address", "find us at" and "join us at" are the school's address or venue. */
	private static final Pattern SCHOOL_ADDRESS = Pattern.compile("(?i)\\b(?:our (?:new )?(?:address|postcode|site"
			+ "|building|office)|(?:find|visit|write to|post it to|deliver to|join|meet) us)\\b");

	/** Words that place someone or something at a lower-case street ("bring him to 8 mill row"). */
	private static final Pattern RESIDENCE = Pattern.compile("(?i)(?:\\b(?:live|lives|living|lived|address|house|home"
			+ "|moved|move|come to|round to|over to|bring (?:it|him|her|them) to|drop (?:it|them) (?:off )?(?:at|to)"
			+ "|near|outside|opposite|next to|number|no\\.?)\\b|\\bat\\s*$)");

	/**
	 * The address of a named school, museum, church… given right before it, or in the school's own post its own
	 * address, and nothing makes it someone's home.
	 */
	static boolean isPublicPlace(String text, int start, boolean outgoing) {
		String before = sentenceBefore(text, start, 70);
		boolean place = PUBLIC_PLACE.matcher(before).find() || (outgoing && SCHOOL_ADDRESS.matcher(before).find());
		return place && !PERSONAL.matcher(before).find();
	}

	/** The sentence places someone or something at the address: a lower-case address still counts. */
	static boolean isResidence(String text, int start) {
		return RESIDENCE.matcher(sentenceBefore(text, start, 60)).find();
	}

	/** The text of the current sentence before {@code start}, at most {@code max} characters. */
	static String sentenceBefore(String text, int start, int max) {
		int from = Math.max(0, start - max);
		for (int i = start - 1; i > from; i--) {
			char c = text.charAt(i);
			boolean sentenceEnd = c == '!' || c == '?' || c == '\n'
					|| (c == '.' && (i + 1 == start || Character.isWhitespace(text.charAt(i + 1))) && !isTitle(text, i));
			if (sentenceEnd) {
				return text.substring(i + 1, start);
			}
		}
		return text.substring(from, start);
	}

	private static boolean isTitle(String text, int dot) {
		int i = dot;
		while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
			i--;
		}
		String word = text.substring(i, dot);
		return word.equals("Mr") || word.equals("Mrs") || word.equals("Ms") || word.equals("Dr") || word.equals("St");
	}

	static boolean insideLink(List<LinkFinder.Link> links, int offset) {
		for (LinkFinder.Link link : links) {
			if (offset >= link.start() && offset < link.end()) {
				return true;
			}
		}
		return false;
	}

}
