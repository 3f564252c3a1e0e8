package org.lanyard.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.lanyard.screening.engine.Finding;
import org.lanyard.screening.engine.Severity;

/**
 * The screened text cut into pieces at every finding's edges, so that a page can mark the words each finding is
 * about. Each piece is plain text: the template escapes it, so hostile comments stay inert.
 */
final class HighlightedText {

	/**
	 * One piece of the text.
	 *
	 * @param text the characters of this piece
	 * @param severity the weightiest severity of the findings covering it, or {@code null} for unmarked text
	 * @param numbers the numbers (from 1, in list order) of the findings covering it, for the page to refer to
	 */
	record Piece(String text, @Nullable Severity severity, List<Integer> numbers) {

		public String label() {
			return numbers.isEmpty() ? "" : "finding " + String.join(", ", numbers.stream().map(String::valueOf).toList());
		}

	}

	private HighlightedText() {
	}

	static List<Piece> of(String text, List<Finding> findings) {
		TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
		for (Finding finding : findings) {
			if (finding.start() != null && finding.end() != null) {
				cuts.add(clamp(finding.start(), text));
				cuts.add(clamp(finding.end(), text));
			}
		}
		List<Piece> pieces = new ArrayList<>();
		Integer from = null;
		for (int cut : cuts) {
			if (from != null && cut > from) {
				pieces.add(piece(text, from, cut, findings));
			}
			from = cut;
		}
		return pieces;
	}

	private static Piece piece(String text, int from, int to, List<Finding> findings) {
		Severity weightiest = null;
		List<Integer> numbers = new ArrayList<>();
		for (int i = 0; i < findings.size(); i++) {
			Finding f = findings.get(i);
			if (f.start() != null && f.end() != null && f.start() <= from && f.end() >= to) {
				numbers.add(i + 1);
				if (weightiest == null || f.severity().ordinal() < weightiest.ordinal()) {
					weightiest = f.severity();
				}
			}
		}
		return new Piece(text.substring(from, to), weightiest, numbers);
	}

	private static int clamp(int offset, String text) {
		return Math.max(0, Math.min(offset, text.length()));
	}

}
