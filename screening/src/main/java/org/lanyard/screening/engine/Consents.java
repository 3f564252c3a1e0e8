package org.lanyard.screening.engine;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The current consent of each pupil for each purpose: the latest record, already resolved by the caller.
 * No record counts as not granted.
 */
public final class Consents {

	private final Map<String, Map<Purpose, ConsentStatus>> byPupil;

	private Consents(Map<String, Map<Purpose, ConsentStatus>> byPupil) {
		this.byPupil = byPupil;
	}

	public static Consents none() {
		return new Consents(Map.of());
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Whether the pupil may appear for this purpose: true only when the current record is {@code GRANTED}. */
	public boolean isGranted(String pupilExternalId, Purpose purpose) {
		return status(pupilExternalId, purpose) == ConsentStatus.GRANTED;
	}

	/** The current status, or {@code null} when the school holds no record. */
	public @Nullable ConsentStatus status(String pupilExternalId, Purpose purpose) {
		Map<Purpose, ConsentStatus> statuses = byPupil.get(pupilExternalId);
		return statuses == null ? null : statuses.get(purpose);
	}

	/** Collects current statuses; a later call for the same pupil and purpose replaces the earlier one. */
	public static final class Builder {

		private final Map<String, Map<Purpose, ConsentStatus>> byPupil = new HashMap<>();

		public Builder put(String pupilExternalId, Purpose purpose, ConsentStatus status) {
			byPupil.computeIfAbsent(pupilExternalId, id -> new EnumMap<>(Purpose.class)).put(purpose, status);
			return this;
		}

		public Consents build() {
			Map<String, Map<Purpose, ConsentStatus>> copy = new HashMap<>();
			byPupil.forEach((pupil, statuses) -> copy.put(pupil, Map.copyOf(statuses)));
			return new Consents(Map.copyOf(copy));
		}

	}

}
