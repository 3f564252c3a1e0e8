/**
 * The consent register: for each pupil and each purpose (display in school, newsletter, website, social media, press),
 * what the parents said and when. The latest record counts; no record counts as no.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "schools", "people" })
@org.jspecify.annotations.NullMarked
package org.lanyard.consent;
