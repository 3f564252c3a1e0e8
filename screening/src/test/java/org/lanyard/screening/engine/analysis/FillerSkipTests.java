package org.lanyard.screening.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.ScreeningSettings;
import org.lanyard.screening.engine.lexicon.Lexicon;

/**
 * Filler words ("total", "really") may stand inside any phrase, and one code's phrases must not change that for
 * another's: a complaint phrase that goes on with "total" ("is a total joke") must not stop an offensive phrase from
 * skipping "total" ("is a total twat").
 */
class FillerSkipTests {

	private static TextAnalysis read(String text, String... complaintLines) {
		Map<String, List<String>> files = new LinkedHashMap<>();
		files.put("context.lex", List.of("@list fillers", "really total"));
		files.put("offensive.lex", List.of("@codes OFFENSIVE_LANGUAGE", "is a twat"));
		files.put("complaint.lex", List.of(complaintLines));
		Lexicon lexicon = Lexicon.of(files);
		return TextAnalyser.forSchool(lexicon, Roster.empty(), ScreeningSettings.none()).analyse(text,
				Direction.INCOMING);
	}

	@Test
	void skipsAFillerWhenNoOtherPhraseGoesOnWithIt() {
		assertThat(read("he is a total twat").findings(FindingCode.OFFENSIVE_LANGUAGE)).hasSize(1);
	}

	@Test
	void skipsAFillerEvenWhenAnotherCodesPhraseGoesOnWithIt() {
		TextAnalysis analysis = read("he is a total twat", "@codes COMPLAINT", "is a total joke");

		assertThat(analysis.findings(FindingCode.OFFENSIVE_LANGUAGE)).hasSize(1);
		assertThat(analysis.findings(FindingCode.COMPLAINT)).isEmpty();
	}

	@Test
	void stillMatchesThePhraseThatNamesTheFiller() {
		assertThat(read("this is a total joke", "@codes COMPLAINT", "is a total joke")
			.findings(FindingCode.COMPLAINT)).hasSize(1);
	}

}
