/**
 * Where Lanyard's data lives: an embedded PostgreSQL under {@code ./data} when no server is configured, or the
 * PostgreSQL 14+ named by {@code SPRING_DATASOURCE_URL}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package org.lanyard.database;
