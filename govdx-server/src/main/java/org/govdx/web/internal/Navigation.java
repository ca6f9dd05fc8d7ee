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
            new Item("nav.catalog", "/catalog", Set.of(Role.SYS_ADMIN, Role.SEC_ADMIN, Role.PLATFORM_OPERATOR,
                    Role.ORG_CATALOG_ADMIN, Role.ORG_APPROVER, Role.ORG_DATA_USER, Role.LEADER)),
            new Item("nav.catalogReviews", "/catalog/reviews", Set.of(Role.PLATFORM_OPERATOR)),
            new Item("nav.orgs", "/orgs", Set.of(Role.SYS_ADMIN)),
            new Item("nav.users", "/users", Set.of(Role.SYS_ADMIN, Role.SEC_ADMIN)),
            new Item("nav.audit", "/audit", Set.of(Role.AUDIT_ADMIN)),
            new Item("nav.ledger", "/ledger", Set.of(Role.AUDIT_ADMIN)),
            new Item("nav.provenance", "/provenance", Set.of(Role.AUDIT_ADMIN, Role.PLATFORM_OPERATOR, Role.ORG_DATA_USER, Role.ORG_APPROVER, Role.ORG_CATALOG_ADMIN)),
            new Item("nav.datasources", "/datasources", Set.of(Role.ORG_CATALOG_ADMIN)),
            new Item("nav.mounts", "/mounts", Set.of(Role.ORG_CATALOG_ADMIN)),
            new Item("nav.mountRates", "/mounts/rates", Set.of(Role.PLATFORM_OPERATOR, Role.LEADER)),
            new Item("nav.demands", "/demands", Set.of(Role.ORG_DATA_USER, Role.ORG_CATALOG_ADMIN, Role.ORG_APPROVER,
                    Role.PLATFORM_OPERATOR)),
            new Item("nav.sharing.applications", "/sharing/applications", Set.of(Role.ORG_DATA_USER)),
            new Item("nav.sharing.queue", "/sharing/queue", Set.of(Role.ORG_APPROVER)),
            new Item("nav.sharing.grants", "/sharing/grants", Set.of(Role.ORG_DATA_USER, Role.ORG_APPROVER,
                    Role.PLATFORM_OPERATOR)),
            new Item("nav.sharing.overview", "/sharing/overview", Set.of(Role.PLATFORM_OPERATOR)),
            new Item("nav.quality", "/quality", Set.of(Role.PLATFORM_OPERATOR, Role.ORG_CATALOG_ADMIN, Role.ORG_DATA_USER, Role.LEADER)),
            new Item("nav.exchange", "/exchange", Set.of(Role.ORG_DATA_USER, Role.ORG_APPROVER, Role.ORG_CATALOG_ADMIN,
                    Role.PLATFORM_OPERATOR, Role.AUDIT_ADMIN, Role.LEADER)),
            new Item("nav.syncJobs", "/exchange/sync-jobs", Set.of(Role.ORG_DATA_USER, Role.ORG_CATALOG_ADMIN,
                    Role.ORG_APPROVER, Role.PLATFORM_OPERATOR)));

    private Navigation() {
    }

    static List<Item> visibleTo(Set<Role> roles) {
        return ITEMS.stream().filter(i -> i.visibleTo(roles)).toList();
    }
}
