package org.govdx.quality;

/** The comment of a transition: what was fixed, why it is not an error, why the reporter disagrees. */
public record IssueTransitionRequest(String comment) {
}
