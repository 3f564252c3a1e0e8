package org.lanyard.screening.engine.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.ScreeningSettings;
import org.lanyard.screening.engine.lexicon.Lexicon;
import org.lanyard.screening.engine.lexicon.LexiconEntry;
import org.lanyard.screening.engine.lexicon.WordSet;
import org.lanyard.screening.engine.names.NameSense;
import org.lanyard.screening.engine.names.RosterNames;
import org.lanyard.screening.engine.text.NormalisedText;
import org.lanyard.screening.engine.text.PhraseIndex;
import org.lanyard.screening.engine.text.Tokenizer;
import org.lanyard.screening.engine.text.Vocabulary;

/**
 * Everything needed to read texts for one school: the shared lexicon, plus the school's own words (roster names,
 * embargo terms, extra terms and exceptions) in a small index of its own. Built once per school; immutable and
 * shared between threads.
 */
public final class TextAnalyser {

	private final Lexicon lexicon;

	private final Vocabulary vocabulary;

	private final Tokenizer tokenizer;

	private final PhraseIndex schoolPhrases;

	private final List<LexiconEntry> schoolEntries = new ArrayList<>();

	private final RosterNames names;

	private final WordSet fillers;

	private final WordSet titles;

	private final WordSet rosterNameWords;

	private final NameSense nameSense;

	private TextAnalyser(Lexicon lexicon, Roster roster, ScreeningSettings settings) {
		this.lexicon = lexicon;
		Vocabulary.Builder words = lexicon.vocabulary().extend();
		PhraseIndex.Builder index = PhraseIndex.builder();
		for (String term : settings.embargoTerms()) {
			addPlain(term, Set.of(FindingCode.CONFIDENTIAL), LexiconEntry.Kind.FINDING, "embargo term", words, index);
		}
		settings.extraTerms().forEach((term, code) -> addPlain(term, Set.of(code), LexiconEntry.Kind.FINDING,
				"school term", words, index));
		for (String phrase : settings.exceptions()) {
			addPlain(phrase, Set.of(), LexiconEntry.Kind.EXCEPTION, "school exception", words, index);
		}
		this.names = new RosterNames(roster, words, index, Lexicon::words);
		this.vocabulary = words.build();
		this.schoolPhrases = index.build();
		this.tokenizer = new Tokenizer(vocabulary, lexicon.disguise(), lexicon.affixes(),
				lexicon.set("abbreviations").toArray());
		this.fillers = lexicon.set("fillers");
		this.titles = lexicon.set("titles");
		this.rosterNameWords = WordSet.of(names.singleWordNames());
		this.nameSense = new NameSense(lexicon);
	}

	public static TextAnalyser forSchool(Roster roster, ScreeningSettings settings) {
		return new TextAnalyser(Lexicon.standard(), roster, settings);
	}

	public static TextAnalyser forSchool(Lexicon lexicon, Roster roster, ScreeningSettings settings) {
		return new TextAnalyser(lexicon, roster, settings);
	}

	/** School terms are plain phrases (no pattern syntax): a typo in a setting must never break screening. */
	private void addPlain(String phrase, Set<FindingCode> codes, LexiconEntry.Kind kind, String category,
			Vocabulary.Builder words, PhraseIndex.Builder index) {
		List<String> sequence = Lexicon.words(phrase);
		if (sequence.isEmpty()) {
			return;
		}
		int flags = codes.contains(FindingCode.CONFIDENTIAL) ? LexiconEntry.NO_EDUCATIONAL : 0;
		schoolEntries.add(new LexiconEntry(phrase, kind, codes.isEmpty() ? Set.of() : EnumSet.copyOf(codes), category,
				"medium", flags, "school settings"));
		int[] ids = new int[sequence.size()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = words.add(sequence.get(i));
		}
		index.add(ids, schoolEntries.size() - 1);
	}

	/** Reads one text; never throws for any string. */
	public TextAnalysis analyse(String text, Direction direction) {
		return new TextAnalysis(this, tokenizer.tokenize(NormalisedText.of(text)), direction);
	}

	Lexicon lexicon() {
		return lexicon;
	}

	PhraseIndex schoolPhrases() {
		return schoolPhrases;
	}

	LexiconEntry schoolEntry(int value) {
		return schoolEntries.get(value);
	}

	RosterNames names() {
		return names;
	}

	WordSet fillers() {
		return fillers;
	}

	WordSet titles() {
		return titles;
	}

	NameSense nameSense() {
		return nameSense;
	}

	WordSet rosterNameWords() {
		return rosterNameWords;
	}

	public Vocabulary vocabulary() {
		return vocabulary;
	}

}
