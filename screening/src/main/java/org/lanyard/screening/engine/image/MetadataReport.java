package org.lanyard.screening.engine.image;

import java.util.List;

/**
 * What an image's metadata gives away.
 *
 * @param readable {@code false} when the bytes could not be parsed as an image at all; then {@code issues} is empty
 *     and the caller decides what an unreadable upload means (the app refuses it)
 * @param issues the GPS position, person-naming tags and address-bearing location tags found
 */
public record MetadataReport(boolean readable, List<MetadataIssue> issues) {

	public MetadataReport {
		issues = List.copyOf(issues);
	}

	static MetadataReport unreadable() {
		return new MetadataReport(false, List.of());
	}

}
