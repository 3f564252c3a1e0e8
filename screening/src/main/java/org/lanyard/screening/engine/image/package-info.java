/**
 * Image hygiene: metadata that gives away a place or a person, size limits checked before any decoding, and the
 * sanitiser that re-encodes a photo with no metadata at all before it is published.
 * <p>
 * For the app: {@link org.lanyard.screening.engine.image.ScreeningLimits} checks a request before screening and
 * throws {@link org.lanyard.screening.engine.image.ContentRejected} (with the HTTP status and the field to report);
 * {@link org.lanyard.screening.engine.image.ImageMetadata#inspect(byte[])} says whether an upload could be read at
 * all; {@link org.lanyard.screening.engine.image.ImageSanitiser} produces the bytes that are published.
 * <p>
 * IMAGE_METADATA decisions: GPS means a real position (EXIF GPS or XMP, not 0,0); a person is named by artist,
 * author, creator, copyright, owner, credit, contact and person-shown tags in EXIF, XMP, IPTC, PNG text and maker
 * notes. IPTC and XMP location fields (city, sub-location) are neither, and count only when they hold a street
 * address or a full postcode. Camera make, model, software, timestamps and the ICC profile's copyright are never
 * findings.
 */
@NullMarked
package org.lanyard.screening.engine.image;

import org.jspecify.annotations.NullMarked;
