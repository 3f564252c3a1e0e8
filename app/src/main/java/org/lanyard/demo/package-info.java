/**
 * First start: on an empty database, the trust (a demo trust of fictional schools unless {@code LANYARD_DEMO=false})
 * and a one-time sign-in link for the first trust administrator, printed on the console.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "schools", "people", "consent", "access" })
@org.jspecify.annotations.NullMarked
package org.lanyard.demo;
