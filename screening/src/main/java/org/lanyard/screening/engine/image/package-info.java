/**
 * Image hygiene: metadata that gives away a place or a person, size limits checked before any decoding, and the
 * sanitiser that re-encodes a photo with no metadata at all before it is published.
 */
@NullMarked
package org.lanyard.screening.engine.image;

import org.jspecify.annotations.NullMarked;
