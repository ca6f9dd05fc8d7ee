package org.govdx.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Test-only listener (found by component scanning of the test classpath): every catalog event published, and the demo catalog. */
@Component
class CatalogFactRecorder {

    static final List<CatalogEntryEvent> SEEN = Collections.synchronizedList(new ArrayList<>());

    static volatile DemoCatalogSeeded demo;

    @EventListener
    void on(CatalogEntryEvent event) {
        SEEN.add(event);
    }

    @EventListener
    void on(DemoCatalogSeeded event) {
        demo = event;
    }
}
