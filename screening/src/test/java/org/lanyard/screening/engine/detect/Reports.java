package org.lanyard.screening.engine.detect;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.ScreeningRequest;
import org.lanyard.screening.engine.ScreeningSettings;
import org.lanyard.screening.engine.Consents;
import org.lanyard.screening.engine.Purpose;
import org.lanyard.screening.engine.rules.Draft;
import org.lanyard.screening.engine.rules.FindingSink;
import org.lanyard.screening.engine.rules.ScreeningRule;

/** Runs one rule over a text and keeps what it reported, for assertions. */
final class Reports implements FindingSink {

	/** One report as the rule made it, with the words it points at. */
	record Report(FindingCode code, @Nullable Integer start, @Nullable Integer end, @Nullable String subject,
			String message, String words) {
	}

	static final ScreeningSettings ASHBY_LANE = new ScreeningSettings(
			List.of("ashbylane.derbyshire.sch.uk", "gov.uk", "bbc.co.uk", "nationaltrust.org.uk"),
			List.of("Willow Academy Trust"));

	private final String text;

	private final List<Report> reports = new ArrayList<>();

	private Reports(String text) {
		this.text = text;
	}

	static List<Report> of(ScreeningRule rule, String text) {
		return of(rule, ScreeningRequest.outgoing(Purpose.SOCIAL_MEDIA, text), Roster.empty());
	}

	static List<Report> of(ScreeningRule rule, ScreeningRequest request, Roster roster) {
		Reports sink = new Reports(request.text());
		rule.check(new Draft(request, roster, Consents.none(), ASHBY_LANE), sink);
		return sink.reports;
	}

	/** The matched words of every report, in order. */
	static List<String> words(ScreeningRule rule, String text) {
		return of(rule, text).stream().map(Report::words).toList();
	}

	@Override
	public void report(FindingCode code, @Nullable Integer start, @Nullable Integer end, @Nullable String subject,
			String message) {
		String words = start == null || end == null ? "" : text.substring(start, end);
		reports.add(new Report(code, start, end, subject, message, words));
	}

}
