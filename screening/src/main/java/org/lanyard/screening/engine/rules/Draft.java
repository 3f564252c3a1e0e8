package org.lanyard.screening.engine.rules;

import org.lanyard.screening.engine.Consents;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.ScreeningRequest;
import org.lanyard.screening.engine.ScreeningSettings;

/** One piece of content being screened, with what the school knows. Lives for one screening, on one thread. */
public final class Draft {

	private final ScreeningRequest request;

	private final Roster roster;

	private final Consents consents;

	private final ScreeningSettings settings;

	public Draft(ScreeningRequest request, Roster roster, Consents consents, ScreeningSettings settings) {
		this.request = request;
		this.roster = roster;
		this.consents = consents;
		this.settings = settings;
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

}
