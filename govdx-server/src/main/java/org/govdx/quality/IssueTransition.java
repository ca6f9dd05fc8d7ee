package org.govdx.quality;

import java.util.Locale;
import java.util.Set;

/**
 * What can happen to an issue, who may do it and where it leads. The provider acknowledges,
 * investigates, corrects (stating the fix) or rejects (stating why); the reporter confirms a
 * correction, reopens it, or contests a rejection; the platform operator decides a contest
 * (uphold → CLOSED, overturn → INVESTIGATING). CLOSE ends a confirmed or rejected issue.
 */
public enum IssueTransition {
    REPORT(Set.of(), IssueStatus.REPORTED, false),
    ACKNOWLEDGE(Set.of(IssueStatus.REPORTED), IssueStatus.ACKNOWLEDGED, false),
    INVESTIGATE(Set.of(IssueStatus.REPORTED, IssueStatus.ACKNOWLEDGED), IssueStatus.INVESTIGATING, false),
    CORRECT(Set.of(IssueStatus.REPORTED, IssueStatus.ACKNOWLEDGED, IssueStatus.INVESTIGATING), IssueStatus.CORRECTED,
            true),
    REJECT(Set.of(IssueStatus.REPORTED, IssueStatus.ACKNOWLEDGED, IssueStatus.INVESTIGATING), IssueStatus.REJECTED,
            true),
    CONFIRM(Set.of(IssueStatus.CORRECTED), IssueStatus.CONFIRMED, false),
    REOPEN(Set.of(IssueStatus.CORRECTED), IssueStatus.INVESTIGATING, true),
    CONTEST(Set.of(IssueStatus.REJECTED), IssueStatus.CONTESTED, true),
    UPHOLD(Set.of(IssueStatus.CONTESTED), IssueStatus.CLOSED, true),
    OVERTURN(Set.of(IssueStatus.CONTESTED), IssueStatus.INVESTIGATING, true),
    CLOSE(Set.of(IssueStatus.CONFIRMED, IssueStatus.REJECTED), IssueStatus.CLOSED, false),
    /** A later scan found the rule still failing: figures updated, status unchanged. */
    UPDATE(Set.of(), null, false);

    private final Set<IssueStatus> from;
    private final IssueStatus to;
    private final boolean commentRequired;

    IssueTransition(Set<IssueStatus> from, IssueStatus to, boolean commentRequired) {
        this.from = from;
        this.to = to;
        this.commentRequired = commentRequired;
    }

    public Set<IssueStatus> from() {
        return from;
    }

    public IssueStatus to() {
        return to;
    }

    public boolean commentRequired() {
        return commentRequired;
    }

    /** The ledger fact type of this transition, e.g. QUALITY_ISSUE_ACKNOWLEDGE. */
    public String factType() {
        return "QUALITY_ISSUE_" + name();
    }

    /** Parses the path segment ({@code acknowledge}); empty for an unknown one. */
    public static java.util.Optional<IssueTransition> parse(String segment) {
        if (segment == null) {
            return java.util.Optional.empty();
        }
        try {
            IssueTransition t = valueOf(segment.trim().toUpperCase(Locale.ROOT));
            return t == REPORT || t == UPDATE ? java.util.Optional.empty() : java.util.Optional.of(t);
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
