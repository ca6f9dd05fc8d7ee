package org.govdx.identity;

import java.time.Instant;
import java.util.Set;

/**
 * A user as the API shows it; never carries a password or its hash.
 *
 * @param locked             true while a lockout after repeated failures lasts
 * @param mustChangePassword true until the user replaces an admin-given password
 */
public record UserInfo(Long id, String username, String displayName, Long orgId, String orgCode, String orgName,
                       Set<Role> roles, boolean enabled, boolean locked, boolean mustChangePassword,
                       Instant createdAt) {
}
