package org.lanyard.screening.engine.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.analysis.TextAnalysis.LexiconHit;
import org.lanyard.screening.engine.lexicon.LexiconEntry;
import org.lanyard.screening.engine.text.Tokens;

/**
 * Decides which lexicon matches stand as findings. A match falls when it overlaps an exception ("bath bomb"), when
 * it sits in an educational sentence ("a lesson on ..."; for a school's own outgoing post, anywhere in the post), when
 * its word is somebody's name in context ("Mr Dick", "Dick Whittington"), when an entry that must stand alone is
 * part of a longer clause, when it is a weak cue with no second cue of
 * a different cue of
 * its code beside it, or when a longer match of the same code covers it.
 */
final class Findings {

	private final Map<FindingCode, List<LexiconHit>> byCode = new EnumMap<>(FindingCode.class);

	/** Every match that survives context, before weak cues are paired and overlaps resolved (see {@link #standing}). */
	private final Map<FindingCode, List<LexiconHit>> standing = new EnumMap<>(FindingCode.class);

	Findings(TextAnalysis analysis, TextAnalyser analyser) {
		Tokens tokens = analysis.tokens();
		boolean[] excepted = null;
		boolean[] educationalSentence = null;
		boolean educationalAnywhere = false;
		for (LexiconHit hit : analysis.lexiconHits()) {
			if (hit.entry().kind() == LexiconEntry.Kind.EXCEPTION) {
				excepted = excepted == null ? new boolean[tokens.count()] : excepted;
				java.util.Arrays.fill(excepted, hit.from(), hit.to(), true);
			}
			else if (hit.entry().kind() == LexiconEntry.Kind.EDUCATIONAL) {
				if (educationalSentence == null) {
					educationalSentence = new boolean[tokens.count()];
				}
				educationalSentence[tokens.sentenceOf(hit.from())] = true;
				educationalAnywhere = true;
			}
		}
		boolean wholeText = analysis.direction() == Direction.OUTGOING && educationalAnywhere;
		this.educationalSentence = educationalSentence;
		this.educationalText = wholeText;
		NameMentions names = analysis.names();
		for (LexiconHit hit : analysis.lexiconHits()) {
			LexiconEntry entry = hit.entry();
			if (entry.kind() != LexiconEntry.Kind.FINDING || overlapsAny(hit, excepted)) {
				continue;
			}
			if (!entry.has(LexiconEntry.NO_EDUCATIONAL) && (wholeText
					|| educationalSentence != null && educationalSentence[tokens.sentenceOf(hit.from())])) {
				continue;
			}
			if (hit.to() - hit.from() == 1 && isName(hit, names, analyser)) {
				continue;
			}
			if (entry.has(LexiconEntry.ALONE) && !standsAlone(hit, tokens)) {
				continue;
			}
			for (FindingCode code : entry.codes()) {
				byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(hit);
				standing.computeIfAbsent(code, c -> new ArrayList<>()).add(hit);
			}
		}
		byCode.replaceAll((code, hits) -> longestWithoutLoneWeak(hits));
	}

	private final boolean @org.jspecify.annotations.Nullable [] educationalSentence;

	private final boolean educationalText;

	/** Whether the sentence holding the word is read as teaching (or, in the school's own post, the whole text is). */
	boolean educational(Tokens tokens, int token) {
		return educationalText || educationalSentence != null && educationalSentence[tokens.sentenceOf(token)];
	}

	List<LexiconHit> of(FindingCode code) {
		return byCode.getOrDefault(code, List.of());
	}

	/**
	 * The matches of a code that survive exceptions, educational context and names, in no set order, before weak cues
	 * are paired and overlapping matches resolved: for a rule that puts the parts of a finding together itself.
	 */
	List<LexiconHit> standing(FindingCode code) {
		return standing.getOrDefault(code, List.of());
	}

	private static boolean overlapsAny(LexiconHit hit, boolean[] excepted) {
		if (excepted != null) {
			for (int t = hit.from(); t < hit.to(); t++) {
				if (excepted[t]) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether the match is a clause of its own: punctuation or the text's ends on both sides ("Grow up, idiots"). */
	private static boolean standsAlone(LexiconHit hit, Tokens tokens) {
		int edge = Tokens.BREAK_BEFORE | Tokens.SENTENCE_START;
		boolean before = hit.from() == 0 || tokens.has(hit.from(), edge);
		return before && (hit.to() == tokens.count() || tokens.has(hit.to(), edge));
	}

	/** A word that is also a roster name or marked as a name in the lexicon, used here as a name. */
	private static boolean isName(LexiconHit hit, NameMentions names, TextAnalyser analyser) {
		int t = hit.from();
		if (names.insideName(t)) {
			return true;
		}
		boolean nameWord = hit.entry().has(LexiconEntry.NAME)
				|| analyser.rosterNameWords().contains(names.tokens().base(t));
		return nameWord && names.usedAsName(t);
	}

	/** Drops matches inside a longer match of the same code, and weak cues that stand alone. */
	private static List<LexiconHit> longestWithoutLoneWeak(List<LexiconHit> hits) {
		List<LexiconHit> sorted = new ArrayList<>(hits);
		sorted.sort((a, b) -> a.from() != b.from() ? Integer.compare(a.from(), b.from())
				: Integer.compare(b.to(), a.to()));
		List<LexiconHit> kept = new ArrayList<>();
		int reach = -1;
		boolean strong = false;
		java.util.Set<LexiconEntry> weakCues = new java.util.HashSet<>();
		for (LexiconHit hit : sorted) {
			// a strong match counts even when a longer weak one covers it ("I'll come down and sort you" inside the
			// weak "... sort you out"): the longer match is the one quoted, the strong one makes it stand
			strong |= !hit.entry().has(LexiconEntry.WEAK);
			if (hit.to() <= reach) {
				continue;
			}
			reach = hit.to();
			kept.add(hit);
			if (hit.entry().has(LexiconEntry.WEAK)) {
				weakCues.add(hit.entry());
			}
		}
		// two different weak cues make a finding; the same one twice ("with boys ... with girls") does not
		return strong || weakCues.size() >= 2 ? kept : List.of();
	}

}
