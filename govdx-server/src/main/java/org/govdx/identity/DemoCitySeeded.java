package org.govdx.identity;

/**
 * Published once the demo city's orgs and users exist, so that other modules can add their part
 * of the demo (catalog entries, sources, applications) in the same start-up.
 *
 * @param demoPassword the password of every demo account
 */
public record DemoCitySeeded(String demoPassword) {
}
