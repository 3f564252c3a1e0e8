/**
 * The audit trail: every change, and every read of a record marked sensitive, appended to a hash-chained table that
 * nobody can change, in the same transaction as the change itself. Nobody calls it; it listens.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "schools" })
@org.jspecify.annotations.NullMarked
package org.lanyard.audit;
