package org.govdx.identity.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.govdx.identity.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A user account row with its roles. */
@Table("user_account")
class UserAccount {

    @Id
    Long id;
    String username;
    String displayName;
    String passwordHash;
    Long orgId;
    boolean enabled = true;
    boolean mustChangePassword;
    Instant passwordChangedAt;
    Instant createdAt;
    Instant updatedAt;
    @MappedCollection(idColumn = "user_account")
    Set<UserRole> roles = new HashSet<>();

    Set<Role> roleSet() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class)
                : roles.stream().map(UserRole::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    void assignRoles(Set<Role> newRoles) {
        roles = newRoles.stream().map(UserRole::new).collect(Collectors.toCollection(HashSet::new));
    }
}
