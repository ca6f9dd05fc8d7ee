package org.govdx.identity;

/** One line of the org tree as pages draw it: the org and its depth below its root. */
public record OrgTreeRow(OrgInfo org, int depth) {
}
