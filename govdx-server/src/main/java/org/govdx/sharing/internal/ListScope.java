package org.govdx.sharing.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.govdx.common.GovdxException;
import org.govdx.common.SqlConditions;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.Role;

/**
 * The {@code scope} of application and grant lists: {@code mine} (my org consumes), {@code provider}
 * (my org provides) or {@code all} (operator only). Without one, the operator sees all, an approver
 * what its org provides, everyone else what its org consumes.
 */
final class ListScope {

    private ListScope() {
    }

    /** The SQL condition on {@code alias.consumer_org_id} / {@code alias.provider_org_id}, values bound. */
    static String condition(String scope, CurrentUser viewer, Set<Long> viewerOrgs, String alias,
                            List<Object> params) {
        String s = scope == null || scope.isBlank()
                ? (viewer.hasRole(Role.PLATFORM_OPERATOR) ? "all"
                : viewer.hasRole(Role.ORG_APPROVER) ? "provider" : "mine")
                : scope.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "all" -> {
                if (!viewer.hasRole(Role.PLATFORM_OPERATOR)) {
                    throw GovdxException.forbidden("SCOPE_OPERATOR_ONLY");
                }
                yield "1 = 1";
            }
            case "mine" -> SqlConditions.in(alias + ".consumer_org_id", viewerOrgs, params);
            case "provider" -> SqlConditions.in(alias + ".provider_org_id", viewerOrgs, params);
            default -> throw GovdxException.invalid("scope", "INVALID_SCOPE", scope);
        };
    }
}
