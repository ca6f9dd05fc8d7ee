package org.govdx.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consecutive sign-in failures per login name, and the lockout they cause. Names that do not exist
 * are counted too, so a locked answer never reveals whether an account exists.
 */
@Component
public class LoginAttempts {

    private final JdbcClient jdbc;
    private final IdentitySettings settings;
    private final Clock clock;

    LoginAttempts(JdbcClient jdbc, IdentitySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** When the name is locked now, the instant the lock ends. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        Instant now = Instant.now(clock);
        return jdbc.sql("SELECT locked_until FROM login_attempt WHERE username = ?")
                .param(username)
                .query((rs, n) -> rs.getTimestamp(1))
                .optional()
                .map(Timestamp::toInstant)
                .filter(until -> until.isAfter(now));
    }

    /** Counts a failure; the failure that reaches the limit locks the name. Safe under concurrent failures. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        int updated = increment(username, now);
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO login_attempt (username, failures, last_failure) VALUES (?, 1, ?)")
                        .params(username, now).update();
            } catch (DuplicateKeyException raced) {
                increment(username, now);
            }
        }
        Timestamp lockUntil = Timestamp.from(Instant.now(clock).plus(settings.getLockout().getDuration()));
        jdbc.sql("UPDATE login_attempt SET locked_until = ?, failures = 0 WHERE username = ? AND failures >= ?")
                .params(lockUntil, username, settings.getLockout().getMaxFailures())
                .update();
    }

    /** A successful sign-in or an admin's unlock clears the count and any lock. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void clear(String username) {
        jdbc.sql("DELETE FROM login_attempt WHERE username = ?").param(username).update();
    }

    /** Names locked now, for the security officer's page. */
    @Transactional(readOnly = true)
    public List<String> lockedNames() {
        return jdbc.sql("SELECT username FROM login_attempt WHERE locked_until > ? ORDER BY username")
                .param(Timestamp.from(Instant.now(clock)))
                .query(String.class)
                .list();
    }

    private int increment(String username, Timestamp now) {
        return jdbc.sql("UPDATE login_attempt SET failures = failures + 1, last_failure = ? WHERE username = ?")
                .params(now, username).update();
    }
}
