/**
 * The people directory: pupils, parents and carers linked to their children, staff, governors and volunteers of each
 * school, imported from the CSV files school MIS systems export.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "schools" })
@org.jspecify.annotations.NullMarked
package org.lanyard.people;
