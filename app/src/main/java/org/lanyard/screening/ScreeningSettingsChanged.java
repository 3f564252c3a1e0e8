package org.lanyard.screening;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lanyard.shared.AuditedChange;

/** A school changed its allowed link domains or embargo terms. */
public record ScreeningSettingsChanged(UUID schoolId, int allowedDomains, int embargoTerms) implements AuditedChange {

	@Override
	public String action() {
		return "screening-settings.changed";
	}

	@Override
	public String subjectType() {
		return "screening-settings";
	}

	@Override
	public @Nullable String subjectId() {
		return schoolId.toString();
	}

	@Override
	public String summary() {
		return "Screening settings: " + allowedDomains + " allowed link domains, " + embargoTerms + " embargo terms";
	}

}
