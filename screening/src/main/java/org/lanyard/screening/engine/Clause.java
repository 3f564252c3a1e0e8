package org.lanyard.screening.engine;

/**
 * One clause of a school's policy, as a pack carries it.
 *
 * @param id the clause id, unique within its pack, e.g. {@code 2.4}
 * @param title a short title in the team's own words
 * @param source where in the school's policy document the clause comes from
 */
public record Clause(String id, String title, String source) {
}
