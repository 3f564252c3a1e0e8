/**
 * Screening in the application: builds each school's context for the screening engine from its people, consents,
 * pack and settings, and offers screening on the API and as a page. The rules themselves live in the engine library.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "schools", "people", "consent" })
@org.jspecify.annotations.NullMarked
package org.lanyard.screening;
