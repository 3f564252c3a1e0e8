package org.lanyard.consent;

import java.time.LocalDate;
import java.util.UUID;

/** A pupil's current answer for one purpose: the latest record. */
public record CurrentConsent(UUID pupilId, String pupilExternalId, ConsentPurpose purpose, ConsentAnswer answer,
		LocalDate recordedOn) {
}
