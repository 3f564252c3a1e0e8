/**
 * Detectors for data that must not leave the school: personal data (phone numbers, e-mail addresses, postcodes,
 * street addresses, dates of birth) and unsafe links. Each rule is one small class; {@link
 * org.lanyard.screening.engine.detect.Detectors} builds them for a school.
 * <p>
 * Decisions, so that the acceptance corpus and a reviewer read the codes the same way:
 * <ul>
 * <li>Phone numbers: libphonenumber with POSSIBLE leniency (VALID misses Ofcom's drama ranges such as 07700 900xxx),
 * then a UK number must be dialled (leading 0, +44 or 0044), have ten significant digits and be geographic (01, 02)
 * or mobile (07). 03, 05, 08 and 09 numbers and short codes (116 123, 111, 999, 101) are organisations and national
 * helplines, never a person's own. A number the sentence gives as the office, reception or a helpline ("call us" in
 * the school's own post) is a published contact.</li>
 * <li>E-mail addresses on the school's allowed link domains (and their subdomains) are the school's own, staff work
 * addresses included; role addresses (office@, info@…) of organisations are not a person's.</li>
 * <li>Dates of birth need birth words and a day and month; a birth before 1940 is history.</li>
 * <li>Links: URL shorteners are unsafe even when a school allows one (their destination can change after approval);
 * internationalised and punycode hosts are unsafe whatever the list says; plain http is unsafe even on an allowed
 * domain; a link written without a scheme counts as https.</li>
 * <li>Messages never repeat a whole phone number, address or e-mail address: comments are hostile input and
 * messages are shown widely.</li>
 * </ul>
 */
@NullMarked
package org.lanyard.screening.engine.detect;

import org.jspecify.annotations.NullMarked;
