package org.govdx.catalog.internal;

import java.util.Map;
import java.util.stream.Collectors;
import org.govdx.identity.OrgInfo;
import org.govdx.identity.Orgs;
import org.springframework.stereotype.Component;

/** Org names for search documents and facets, from the identity module. */
@Component
class OrgDirectory {

    private final Orgs orgs;

    OrgDirectory(Orgs orgs) {
        this.orgs = orgs;
    }

    Map<Long, String> names() {
        return orgs.all().stream().collect(Collectors.toMap(OrgInfo::id, OrgInfo::name));
    }

    Map<String, String> namesByCode() {
        return orgs.all().stream().collect(Collectors.toMap(OrgInfo::code, OrgInfo::name));
    }
}
