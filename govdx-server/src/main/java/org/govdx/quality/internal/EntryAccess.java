package org.govdx.quality.internal;

import org.govdx.catalog.CatalogEntries;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.common.GovdxException;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.Orgs;
import org.govdx.identity.Role;
import org.springframework.stereotype.Component;

/** Who may manage an entry's quality (its provider's catalog admins, the operator) and who may read it. */
@Component
class EntryAccess {

    private final CatalogEntries catalog;
    private final Orgs orgs;

    EntryAccess(CatalogEntries catalog, Orgs orgs) {
        this.catalog = catalog;
        this.orgs = orgs;
    }

    CatalogEntryView entry(long entryId) {
        return catalog.findLatest(entryId).orElseThrow(() -> GovdxException.notFound("ENTRY_NOT_FOUND",
                String.valueOf(entryId)));
    }

    /** True for the provider org's catalog admins and the platform operator. */
    boolean canManage(CatalogEntryView entry, CurrentUser me) {
        return me.hasRole(Role.PLATFORM_OPERATOR)
                || (me.hasRole(Role.ORG_CATALOG_ADMIN) && orgs.scopeOf(me).contains(entry.providerOrgId()));
    }

    /** The entry, when the caller may manage its quality rules and see scan samples. */
    CatalogEntryView managed(long entryId, CurrentUser me) {
        CatalogEntryView entry = entry(entryId);
        if (!canManage(entry, me)) {
            throw GovdxException.forbidden("QUALITY_NOT_PROVIDER", entry.code());
        }
        return entry;
    }

    boolean inScope(long orgId, CurrentUser me) {
        return orgs.scopeOf(me).contains(orgId);
    }
}
