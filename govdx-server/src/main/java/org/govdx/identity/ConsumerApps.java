package org.govdx.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.govdx.common.GovdxException;
import org.govdx.common.IpRanges;
import org.govdx.common.Validation;
import org.govdx.identity.internal.AppStore;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consumer apps: an org registers the systems that call the exchange gateway. Each gets an
 * {@code appKey} and an {@code appSecret} that is shown once and stored only as a hash.
 */
@Service
@Transactional
public class ConsumerApps {

    private static final String KEY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private final SecureRandom random = new SecureRandom();
    private final AppStore store;
    private final PasswordEncoder encoder;
    private final Clock clock;

    ConsumerApps(AppStore store, PasswordEncoder encoder, Clock clock) {
        this.store = store;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Registers an app for the caller's org; the answer carries the secret this once. */
    public ConsumerAppInfo register(String name, String description, List<String> allowedIps, CurrentUser owner) {
        Validation v = new Validation();
        if (v.required(name, "name")) {
            v.check(name.trim().length() > 100, "name", "TOO_LONG", 100);
        }
        v.check(description != null && description.length() > 1000, "description", "TOO_LONG", 1000);
        List<String> ips = normalizeIps(v, allowedIps);
        v.throwIfInvalid();
        String secret = newSecret();
        String appKey = "ak" + randomKey(18);
        ConsumerAppInfo app = store.insert(owner.orgId(), name.trim(), description, appKey, encoder.encode(secret), ips,
                owner.getUsername(), Instant.now(clock));
        AuditLog.target("app:" + appKey);
        return app.withSecret(secret);
    }

    /** Replaces the secret; tokens issued with the old one stop working. */
    public ConsumerAppInfo rotateSecret(long id, CurrentUser owner) {
        ConsumerAppInfo app = get(id, owner);
        AuditLog.target("app:" + app.appKey());
        String secret = newSecret();
        store.setSecret(id, encoder.encode(secret), Instant.now(clock));
        store.revokeTokens(id);
        return app.withSecret(secret);
    }

    /** Enables or disables an app; a disabled app's tokens stop working at once. */
    public ConsumerAppInfo setEnabled(long id, boolean enabled, CurrentUser owner) {
        ConsumerAppInfo app = get(id, owner);
        AuditLog.target("app:" + app.appKey());
        store.setEnabled(id, enabled, Instant.now(clock));
        if (!enabled) {
            store.revokeTokens(id);
        }
        return store.find(id).orElseThrow();
    }

    /** An app of the caller's org (any org for the platform operator); others answer 404. */
    @Transactional(readOnly = true)
    public ConsumerAppInfo get(long id, CurrentUser viewer) {
        return store.find(id)
                .filter(app -> viewer.hasRole(Role.PLATFORM_OPERATOR) || app.orgId() == viewer.orgId())
                .orElseThrow(() -> GovdxException.notFound("APP_NOT_FOUND", String.valueOf(id)));
    }

    /** The app with this id, whatever its org, for other modules (e.g. a grant naming an app). */
    @Transactional(readOnly = true)
    public Optional<ConsumerAppInfo> find(long id) {
        return store.find(id);
    }

    /** The caller's org's apps (all apps for the platform operator). */
    @Transactional(readOnly = true)
    public List<ConsumerAppInfo> list(CurrentUser viewer) {
        return viewer.hasRole(Role.PLATFORM_OPERATOR) ? store.all() : store.ofOrg(viewer.orgId());
    }

    private static List<String> normalizeIps(Validation v, List<String> allowedIps) {
        List<String> ips = new ArrayList<>();
        if (allowedIps == null) {
            return ips;
        }
        for (String raw : allowedIps) {
            String ip = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
            if (ip.isEmpty()) {
                continue;
            }
            if (IpRanges.isValid(ip)) {
                ips.add(ip);
            } else {
                v.check(true, "allowedIps", "INVALID_IP", ip);
            }
        }
        v.check(String.join(",", ips).length() > 1000, "allowedIps", "TOO_LONG", 1000);
        return ips;
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String randomKey(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(KEY_ALPHABET.charAt(random.nextInt(KEY_ALPHABET.length())));
        }
        return sb.toString();
    }
}
