/**
 * Tenancy: the trust, its schools, the roles people hold in each, and the rule that a user sees only the schools
 * granted to them (everything else answers 404).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package org.lanyard.schools;
