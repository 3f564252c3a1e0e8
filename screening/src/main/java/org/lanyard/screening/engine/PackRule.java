package org.lanyard.screening.engine;

/**
 * How a pack treats one finding code: how much it weighs and which clause it cites.
 *
 * @param code the finding code
 * @param severity its weight in this pack
 * @param clauseId the id of the clause findings of this code cite
 */
public record PackRule(FindingCode code, Severity severity, String clauseId) {
}
