package org.govdx.quality.internal;

import java.time.Duration;
import java.time.Instant;
import org.govdx.catalog.UpdateCycle;

/**
 * Timeliness against the declared update cycle: data is fresh while its newest change is no older than
 * one cycle plus a grace (one hour for REALTIME, one day otherwise); after that the score falls as
 * allowed age ÷ actual age (twice as old as allowed → 0.5).
 */
final class Timeliness {

    private Timeliness() {
    }

    /** The oldest the newest change may be for the entry to count as up to date. */
    static Duration allowedAge(UpdateCycle cycle) {
        return switch (cycle == null ? UpdateCycle.MONTHLY : cycle) {
            case REALTIME -> Duration.ofHours(1);
            case DAILY -> Duration.ofDays(2);
            case WEEKLY -> Duration.ofDays(8);
            case MONTHLY -> Duration.ofDays(32);
            case QUARTERLY -> Duration.ofDays(93);
            case YEARLY -> Duration.ofDays(367);
        };
    }

    /** How often scheduled scans run for a cycle. */
    static Duration scanInterval(UpdateCycle cycle) {
        return switch (cycle == null ? UpdateCycle.MONTHLY : cycle) {
            case REALTIME -> Duration.ofHours(1);
            case DAILY -> Duration.ofDays(1);
            case WEEKLY -> Duration.ofDays(7);
            case MONTHLY -> Duration.ofDays(30);
            case QUARTERLY -> Duration.ofDays(91);
            case YEARLY -> Duration.ofDays(365);
        };
    }

    /** Freshness 0–1 of data whose newest change is {@code newest}, checked at {@code now}. */
    static double score(Instant newest, Instant now, Duration allowed) {
        if (newest == null) {
            return 0.0;
        }
        Duration age = Duration.between(newest, now);
        if (age.compareTo(allowed) <= 0) {
            return 1.0;
        }
        return Math.max(0.0, (double) allowed.toSeconds() / age.toSeconds());
    }
}
