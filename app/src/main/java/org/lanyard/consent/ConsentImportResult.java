package org.lanyard.consent;

/**
 * What a consents import recorded.
 *
 * @param recorded new records added to the register
 * @param unchanged lines that repeat a record the register already holds
 */
public record ConsentImportResult(int recorded, int unchanged) {
}
