package org.lanyard.screening.engine.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.lanyard.screening.engine.Consents;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.ScreeningRequest;
import org.lanyard.screening.engine.ScreeningSettings;
import org.lanyard.screening.engine.analysis.TextAnalyser;
import org.lanyard.screening.engine.analysis.TextAnalysis;

/** One piece of content being screened, with what the school knows. Lives for one screening, on one thread. */
public final class Draft {

	private final ScreeningRequest request;

	private final Roster roster;

	private final Consents consents;

	private final ScreeningSettings settings;

	private @Nullable TextAnalyser analyser;

	private @Nullable TextAnalysis analysis;

	private @Nullable Map<Class<?>, Object> shared;

	public Draft(ScreeningRequest request, Roster roster, Consents consents, ScreeningSettings settings) {
		this(request, roster, consents, settings, null);
	}

	/**
	 * @param analyser the school's prepared text reader (built once per school by {@code SchoolContext}); when null, one
	 *     is prepared for this draft alone, which is slow but right
	 */
	public Draft(ScreeningRequest request, Roster roster, Consents consents, ScreeningSettings settings,
			@Nullable TextAnalyser analyser) {
		this.request = request;
		this.roster = roster;
		this.consents = consents;
		this.settings = settings;
		this.analyser = analyser;
	}

	public ScreeningRequest request() {
		return request;
	}

	/** The original text; every offset reported refers to it. */
	public String text() {
		return request.text();
	}

	public Roster roster() {
		return roster;
	}

	public Consents consents() {
		return consents;
	}

	public ScreeningSettings settings() {
		return settings;
	}

	/** The text as read for this school (words, lexicon matches, names), read once and shared by all rules. */
	public TextAnalysis analysis() {
		if (analysis == null) {
			if (analyser == null) {
				analyser = TextAnalyser.forSchool(roster, settings);
			}
			analysis = analyser.analyse(request.text(), request.direction());
		}
		return analysis;
	}

	/**
	 * Something several rules work out from this draft alike (a scan of the text for where numbers and words start,
	 * the links in it), made by the first rule that asks and handed to the others, one per type.
	 */
	public <T> T shared(Class<T> type, Function<Draft, T> make) {
		if (shared == null) {
			shared = new HashMap<>(4);
		}
		Object value = shared.get(type);
		if (value == null) {
			value = make.apply(this);
			shared.put(type, value);
		}
		return type.cast(value);
	}

}
