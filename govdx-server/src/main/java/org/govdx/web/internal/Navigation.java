package org.govdx.web.internal;

import java.util.List;
import java.util.Set;
import org.govdx.identity.Role;

/** The main navigation: which pages exist and which roles see them. */
final class Navigation {

    /**
     * One entry, shown to users holding any of {@code roles} (empty: everyone signed in).
     *
     * @param messageKey label key in the message bundles
     * @param path       link target
     * @param roles      roles that see it
     */
    record Item(String messageKey, String path, Set<Role> roles) {

        boolean visibleTo(Set<Role> held) {
            return roles.isEmpty() || roles.stream().anyMatch(held::contains);
        }
    }

    static final List<Item> ITEMS = List.of(
            new Item("nav.home", "/", Set.of()),
            new Item("nav.orgs", "/orgs", Set.of(Role.SYS_ADMIN)),
            new Item("nav.users", "/users", Set.of(Role.SYS_ADMIN, Role.SEC_ADMIN)),
            new Item("nav.audit", "/audit", Set.of(Role.AUDIT_ADMIN)));

    private Navigation() {
    }

    static List<Item> visibleTo(Set<Role> roles) {
        return ITEMS.stream().filter(i -> i.visibleTo(roles)).toList();
    }
}
