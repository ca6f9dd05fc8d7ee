package org.govdx.exchange.internal;

import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rate limit of a grant: calls per fixed one-minute window, counted in the platform database so
 * that every instance shares one count. Each statement commits on its own (no surrounding
 * transaction), so a duplicate-key race on PostgreSQL does not abort anything.
 */
@Component
class RateLimiter {

    private final JdbcClient jdbc;

    RateLimiter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one call; false when the grant already made {@code limit} calls in this minute. */
    boolean tryAcquire(long grantId, int limit, Instant now) {
        long minute = now.getEpochSecond() / 60;
        if (increment(grantId, minute, limit)) {
            return true;
        }
        try {
            jdbc.sql("INSERT INTO exchange_rate_window (grant_id, window_minute, calls) VALUES (?, ?, 1)")
                    .params(grantId, minute).update();
            jdbc.sql("DELETE FROM exchange_rate_window WHERE grant_id = ? AND window_minute < ?")
                    .params(grantId, minute - 1).update();
            return true;
        } catch (DuplicateKeyException e) {
            // another call opened the window first
            return increment(grantId, minute, limit);
        }
    }

    /** Seconds until the next window opens. */
    static long retryAfterSeconds(Instant now) {
        return Math.max(1, 60 - now.getEpochSecond() % 60);
    }

    private boolean increment(long grantId, long minute, int limit) {
        return jdbc.sql("UPDATE exchange_rate_window SET calls = calls + 1"
                        + " WHERE grant_id = ? AND window_minute = ? AND calls < ?")
                .params(grantId, minute, limit).update() == 1;
    }
}
