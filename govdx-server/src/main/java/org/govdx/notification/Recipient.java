package org.govdx.notification;

import org.govdx.identity.Role;

/**
 * Who a notification is for: one user, the holders of a role in an org, or the holders of a platform role.
 */
public record Recipient(String username, Long orgId, Role role) {

    public static Recipient user(String username) {
        return new Recipient(username, null, null);
    }

    public static Recipient orgRole(long orgId, Role role) {
        return new Recipient(null, orgId, role);
    }

    public static Recipient platform(Role role) {
        return new Recipient(null, null, role);
    }
}
