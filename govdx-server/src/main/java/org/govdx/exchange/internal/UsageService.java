package org.govdx.exchange.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.common.SqlConditions;
import org.govdx.exchange.UsageRecords;
import org.govdx.exchange.UsageStats;
import org.govdx.exchange.UsageView;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.Orgs;
import org.govdx.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees which usage records: the consumer org its apps' calls, the provider org the calls on its
 * resources (both including sub-orgs of a government), the platform operator and auditors all.
 */
@Service
@Transactional(readOnly = true)
public class UsageService implements UsageRecords {

    private final UsageStore store;
    private final Orgs orgs;

    UsageService(UsageStore store, Orgs orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    @Override
    public PageResponse<UsageView> list(String scope, Long entryId, Long grantId, Instant from, Instant to,
                                        PageRequest page, CurrentUser viewer) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(scopeCondition(scope, viewer, params));
        if (entryId != null) {
            where.append(" AND u.entry_id = ?");
            params.add(entryId);
        }
        if (grantId != null) {
            where.append(" AND u.grant_id = ?");
            params.add(grantId);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw GovdxException.invalid("from", "FROM_AFTER_TO");
        }
        if (from != null) {
            where.append(" AND u.occurred_at >= ?");
            params.add(Timestamp.from(from));
        }
        if (to != null) {
            where.append(" AND u.occurred_at < ?");
            params.add(Timestamp.from(to));
        }
        return store.page(where.toString(), params, page);
    }

    /** Calls per resource and consumer org in the viewer's scope, most used first. */
    public List<UsageSummary> summary(String scope, CurrentUser viewer) {
        List<Object> params = new ArrayList<>();
        String where = scopeCondition(scope, viewer, params);
        return store.summary(where, params, 200);
    }

    @Override
    public Optional<UsageView> find(String requestId, CurrentUser viewer) {
        return store.find(requestId).filter(u -> mayse(u, viewer));
    }

    @Override
    public Optional<UsageView> find(String requestId) {
        return store.find(requestId);
    }

    @Override
    public List<UsageView> ofGrant(long grantId, int limit) {
        return store.ofGrant(grantId, limit);
    }

    @Override
    public UsageStats stats(long entryId, Instant from, Instant to) {
        return store.stats(entryId, from, to);
    }

    private boolean mayse(UsageView u, CurrentUser viewer) {
        Set<Long> mine = orgs.scopeOf(viewer);
        return mayseeAll(viewer) || u.consumerOrgId() != null && mine.contains(u.consumerOrgId())
                || u.providerOrgId() != null && mine.contains(u.providerOrgId());
    }

    private boolean mayseeAll(CurrentUser viewer) {
        return viewer.hasRole(Role.PLATFORM_OPERATOR) || viewer.hasRole(Role.AUDIT_ADMIN);
    }

    private String scopeCondition(String scope, CurrentUser viewer, List<Object> params) {
        String s = scope == null || scope.isBlank() ? (mayseeAll(viewer) ? "all" : "consumer")
                : scope.trim().toLowerCase(Locale.ROOT);
        Set<Long> mine = orgs.scopeOf(viewer);
        return switch (s) {
            case "all" -> {
                if (!mayseeAll(viewer)) {
                    throw GovdxException.forbidden("SCOPE_OPERATOR_ONLY");
                }
                yield "1 = 1";
            }
            case "consumer" -> SqlConditions.in("u.consumer_org_id", mine, params);
            case "provider" -> SqlConditions.in("u.provider_org_id", mine, params);
            default -> throw GovdxException.invalid("scope", "INVALID_SCOPE", scope);
        };
    }
}
