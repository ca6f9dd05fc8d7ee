package org.govdx.identity.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.govdx.common.GovdxException;
import org.govdx.common.Sm3;
import org.govdx.identity.AuditLog;
import org.govdx.identity.AuditResult;
import org.govdx.identity.ConsumerAppInfo;
import org.govdx.identity.CurrentApp;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * App tokens for the exchange gateway: issued for an app key and secret (with the same lockout as
 * user sign-in), stored as SM3 fingerprints, and re-checked against the app on every use.
 */
@Component
public class AppTokens {

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final AppStore apps;
    private final OrgStore orgs;
    private final LoginAttempts attempts;
    private final PasswordEncoder encoder;
    private final IdentitySettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final String dummyHash;

    AppTokens(JdbcClient jdbc, AppStore apps, OrgStore orgs, LoginAttempts attempts, PasswordEncoder encoder,
              IdentitySettings settings, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.apps = apps;
        this.orgs = orgs;
        this.attempts = attempts;
        this.encoder = encoder;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.dummyHash = encoder.encode("dummy-secret-for-timing");
    }

    /** Checks the key and secret and issues a token; refusals look alike for unknown keys and wrong secrets. */
    @Transactional
    public ApiTokens.IssuedToken issue(String appKey, String appSecret) {
        String name = "app:" + (appKey == null ? "" : appKey.trim());
        if (attempts.lockedUntil(name).isPresent()) {
            audit.recordFor(name, null, "APP_LOGIN", name, AuditResult.DENIED, "ACCOUNT_LOCKED");
            throw GovdxException.forbidden("ACCOUNT_LOCKED");
        }
        Optional<AppStore.AppCredentials> found = appKey == null ? Optional.empty() : apps.credentials(appKey.trim());
        boolean matches = encoder.matches(appSecret == null ? "" : appSecret,
                found.map(AppStore.AppCredentials::secretHash).orElse(dummyHash));
        if (found.isEmpty() || !matches) {
            attempts.recordFailure(name);
            audit.recordFor(name, null, "APP_LOGIN", name, AuditResult.FAILURE, "BAD_CREDENTIALS");
            throw new GovdxException(HttpStatus.UNAUTHORIZED, "BAD_CREDENTIALS");
        }
        ConsumerAppInfo app = found.get().app();
        if (active(app).isEmpty()) {
            audit.recordFor(name, app.orgCode(), "APP_LOGIN", name, AuditResult.DENIED, "APP_DISABLED");
            throw GovdxException.forbidden("APP_DISABLED");
        }
        attempts.clear(name);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now(clock);
        jdbc.sql("DELETE FROM app_token WHERE app_id = ? AND expires_at < ?").params(app.id(), Timestamp.from(now))
                .update();
        jdbc.sql("INSERT INTO app_token (token_hash, app_id, issued_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(Sm3.hex(token), app.id(), Timestamp.from(now),
                        Timestamp.from(now.plus(settings.getTokenTtl())))
                .update();
        audit.recordFor(name, app.orgCode(), "APP_LOGIN", name, AuditResult.SUCCESS, null);
        return new ApiTokens.IssuedToken(token, settings.getTokenTtl().toSeconds());
    }

    /** The app a token stands for, when the token is unexpired and the app and its org are enabled. */
    @Transactional(readOnly = true)
    public Optional<CurrentApp> authenticate(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT app_id FROM app_token WHERE token_hash = ? AND expires_at > ?")
                .params(Sm3.hex(token), Timestamp.from(Instant.now(clock)))
                .query(Long.class)
                .optional()
                .flatMap(apps::find)
                .flatMap(this::active);
    }

    private Optional<CurrentApp> active(ConsumerAppInfo app) {
        boolean orgEnabled = orgs.find(app.orgId()).map(o -> o.enabled()).orElse(false);
        if (!app.enabled() || !orgEnabled) {
            return Optional.empty();
        }
        return Optional.of(new CurrentApp(app.id(), app.appKey(), app.name(), app.orgId(), app.orgCode(),
                app.allowedIps()));
    }
}
