package org.govdx.identity.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.govdx.common.Sm3;
import org.govdx.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque bearer tokens. Only their SM3 fingerprint is stored, so a database reader cannot use them;
 * each use re-reads the account, so disabling a user stops its tokens at once.
 */
@Component
public class ApiTokens {

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final UserStore users;
    private final IdentitySettings settings;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, UserStore users, IdentitySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new token for the user; expired tokens of that user are dropped on the way. */
    @Transactional
    public IssuedToken issue(CurrentUser user) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now(clock);
        Instant expires = now.plus(settings.getTokenTtl());
        jdbc.sql("DELETE FROM api_token WHERE user_id = ? AND expires_at < ?")
                .params(user.id(), Timestamp.from(now)).update();
        jdbc.sql("INSERT INTO api_token (token_hash, user_id, issued_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(Sm3.hex(token), user.id(), Timestamp.from(now), Timestamp.from(expires))
                .update();
        return new IssuedToken(token, settings.getTokenTtl().toSeconds());
    }

    /** The principal a presented token stands for, if it is known, unexpired and its user active. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> authenticate(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT user_id FROM api_token WHERE token_hash = ? AND expires_at > ?")
                .params(Sm3.hex(token), Timestamp.from(Instant.now(clock)))
                .query(Long.class)
                .optional()
                .flatMap(users::currentUser)
                .filter(u -> !u.mustChangePassword());
    }

    /** Ends every token of a user (password change, reset, disable). */
    @Transactional
    public void revokeAll(long userId) {
        jdbc.sql("DELETE FROM api_token WHERE user_id = ?").param(userId).update();
    }

    /** A freshly issued token and its lifetime in seconds. */
    public record IssuedToken(String token, long expiresIn) {
    }
}
