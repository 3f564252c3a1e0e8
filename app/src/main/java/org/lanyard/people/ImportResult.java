package org.lanyard.people;

/**
 * What an import changed. Importing the same file again changes nothing and says so: both counts are zero.
 *
 * @param created people who were not in the directory before
 * @param updated people whose details or links changed
 */
public record ImportResult(int created, int updated) {
}
