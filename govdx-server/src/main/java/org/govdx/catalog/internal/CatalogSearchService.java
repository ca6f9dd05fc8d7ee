package org.govdx.catalog.internal;

import java.util.Set;
import org.govdx.catalog.CatalogSearch;
import org.govdx.catalog.CatalogSearchQuery;
import org.govdx.catalog.CatalogSearchResult;
import org.govdx.common.GovdxException;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Search over the {@link CatalogIndex}; keeps the index in step with the database: after every
 * committed change, and at start-up (before the demo city seeds) when the index is missing or stale.
 */
@Service
@Order(1)
class CatalogSearchService implements CatalogSearch, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogSearchService.class);
    private final CatalogIndex index;

    CatalogSearchService(CatalogIndex index) {
        this.index = index;
    }

    @Override
    public CatalogSearchResult search(CatalogSearchQuery query, CurrentUser viewer) {
        if (viewer == null || viewer.hasRole(Role.AUDIT_ADMIN)) {
            throw GovdxException.forbidden("FORBIDDEN");
        }
        return index.search(query, viewer.hasRole(Role.PLATFORM_OPERATOR), Set.of(viewer.orgId()));
    }

    @Override
    public int rebuild() {
        return index.rebuild();
    }

    @Override
    public void run(ApplicationArguments args) {
        index.ensureFresh();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(IndexRequest request) {
        try {
            index.update(request.entryIds());
        } catch (RuntimeException e) {
            // the database is right; the index catches up at the next change of the entry or restart
            log.error("Updating the catalog search index for entries {} failed", request.entryIds(), e);
        }
    }
}
