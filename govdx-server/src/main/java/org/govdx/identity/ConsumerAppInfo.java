package org.govdx.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A consumer app as its org sees it. The secret is never part of it; {@code appSecret} is only
 * set in the answer that creates the app or rotates its secret.
 *
 * @param allowedIps client addresses or CIDR ranges the app may call from (empty: any)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsumerAppInfo(long id, String name, String description, String appKey, String appSecret,
                              long orgId, String orgCode, List<String> allowedIps, boolean enabled,
                              String createdBy, Instant createdAt) {

    ConsumerAppInfo withSecret(String secret) {
        return new ConsumerAppInfo(id, name, description, appKey, secret, orgId, orgCode, allowedIps, enabled,
                createdBy, createdAt);
    }
}
