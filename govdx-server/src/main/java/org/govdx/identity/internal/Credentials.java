package org.govdx.identity.internal;

import java.util.Optional;
import org.govdx.common.GovdxException;
import org.govdx.identity.AuditLog;
import org.govdx.identity.AuditResult;
import org.govdx.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a login name and password, with lockout. Unknown names, wrong passwords and locked names
 * answer alike whether or not the account exists; each attempt is audited.
 */
@Component
public class Credentials {

    private final UserStore users;
    private final LoginAttempts attempts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final String dummyHash;

    Credentials(UserStore users, LoginAttempts attempts, PasswordEncoder encoder, AuditLog audit) {
        this.users = users;
        this.attempts = attempts;
        this.encoder = encoder;
        this.audit = audit;
        this.dummyHash = encoder.encode("dummy-password-for-timing");
    }

    /**
     * The verified account's principal.
     *
     * @throws GovdxException 401 {@code BAD_CREDENTIALS}, 403 {@code ACCOUNT_LOCKED} or 403 {@code ACCOUNT_DISABLED}
     */
    public CurrentUser verify(String username, String password, String action) {
        String name = UserStore.normalize(username);
        if (name == null || name.isEmpty() || password == null) {
            throw new GovdxException(HttpStatus.UNAUTHORIZED, "BAD_CREDENTIALS");
        }
        if (attempts.lockedUntil(name).isPresent()) {
            audit.recordFor(name, null, action, "user:" + name, AuditResult.DENIED, "ACCOUNT_LOCKED");
            throw GovdxException.forbidden("ACCOUNT_LOCKED");
        }
        Optional<UserAccount> account = users.account(name);
        String hash = account.map(a -> a.passwordHash).orElse(dummyHash);
        boolean matches = encoder.matches(password, hash);
        if (account.isEmpty() || !matches) {
            attempts.recordFailure(name);
            audit.recordFor(name, null, action, "user:" + name, AuditResult.FAILURE, "BAD_CREDENTIALS");
            if (attempts.lockedUntil(name).isPresent()) {
                throw GovdxException.forbidden("ACCOUNT_LOCKED");
            }
            throw new GovdxException(HttpStatus.UNAUTHORIZED, "BAD_CREDENTIALS");
        }
        Optional<CurrentUser> user = users.currentUser(account.get());
        if (user.isEmpty()) {
            audit.recordFor(name, null, action, "user:" + name, AuditResult.DENIED, "ACCOUNT_DISABLED");
            throw GovdxException.forbidden("ACCOUNT_DISABLED");
        }
        attempts.clear(name);
        return user.get();
    }
}
