package org.govdx.demand.internal;

import org.govdx.catalog.CatalogEntryPublished;
import org.govdx.source.MountChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An accepted demand is FULFILLED as soon as its linked entry is both published and mounted, whichever
 * comes last. Runs in the transaction of the publication or mount; a failure here never undoes it.
 */
@Component
class DemandFulfilment {

    private static final Logger log = LoggerFactory.getLogger(DemandFulfilment.class);

    private final DemandService demands;

    DemandFulfilment(DemandService demands) {
        this.demands = demands;
    }

    @EventListener
    void on(CatalogEntryPublished published) {
        fulfil(published.entryId());
    }

    @EventListener
    void on(MountChanged mounted) {
        fulfil(mounted.entryId());
    }

    private void fulfil(long entryId) {
        try {
            demands.fulfilLinked(entryId);
        } catch (RuntimeException e) {
            log.warn("Demands linked to entry {} not fulfilled: {}", entryId, e.toString());
        }
    }
}
