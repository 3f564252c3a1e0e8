/**
 * Detectors for data that must not leave the school: personal data (phone numbers, e-mail addresses, postcodes,
 * street addresses, dates of birth) and unsafe links. Each rule is one small class; {@link
 * org.lanyard.screening.engine.detect.Detectors} builds them for a school.
 */
@NullMarked
package org.lanyard.screening.engine.detect;

import org.jspecify.annotations.NullMarked;
