package org.lanyard.screening.engine.image;

/**
 * One thing in an image's metadata that the policy cares about.
 *
 * @param kind what the metadata gives away
 * @param tag where it was found, e.g. {@code EXIF Artist} or {@code XMP dc:creator}
 * @param message plain English for the reviewer; never the full value of the tag
 */
public record MetadataIssue(Kind kind, String tag, String message) {

	/** What a tag gives away. */
	public enum Kind {

		/** Latitude and longitude of where the photo was taken (EXIF GPS or XMP). */
		GPS_POSITION,
		/** A tag whose value names a person: artist, author, creator, copyright holder, owner, a person shown. */
		NAMES_PERSON,
		/** A location tag holding a street address or a full postcode. */
		HOME_ADDRESS

	}

}
