package org.govdx.quality.internal;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.govdx.catalog.CatalogEntries;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.catalog.DemoCatalogSeeded;
import org.govdx.quality.QualityRuleRequest;
import org.govdx.quality.RuleType;
import org.govdx.source.SourceTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo city's quality story: every demo entry gets its default rules when it is mounted (see
 * {@link QualityScheduler}); here 民政局's marriage entry also gets a multi-source rule comparing the
 * husband's name with 公安局's population entry on the ID number, and is scanned once both are mounted.
 * The demo tables carry deliberate defects (source module), so a fresh start shows scores below 100 and
 * open issues.
 */
@Component
class QualityDemo {

    private static final Logger log = LoggerFactory.getLogger(QualityDemo.class);
    private static final long WAIT_MS = 180_000;

    private final CatalogEntries catalog;
    private final SourceTables sources;
    private final QualityStore store;
    private final RuleService rules;
    private final ScanService scans;
    private final TransactionTemplate tx;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "govdx-quality-demo");
        t.setDaemon(true);
        return t;
    });

    QualityDemo(CatalogEntries catalog, SourceTables sources, QualityStore store, RuleService rules, ScanService scans,
                TransactionTemplate tx) {
        this.catalog = catalog;
        this.sources = sources;
        this.store = store;
        this.rules = rules;
        this.scans = scans;
        this.tx = tx;
    }

    @EventListener
    void onDemoCatalog(DemoCatalogSeeded seeded) {
        Long population = seeded.entry("gaj.population_basic").map(DemoCatalogSeeded.DemoCatalogEntry::id).orElse(null);
        Long marriage = seeded.entry("mzj.marriage").map(DemoCatalogSeeded.DemoCatalogEntry::id).orElse(null);
        if (population == null || marriage == null) {
            return;
        }
        worker.submit(() -> {
            try {
                multiSource(population, marriage);
            } catch (RuntimeException e) {
                // the demo must never stop the platform
                log.warn("Demo quality rules not added: {}", e.toString());
            }
        });
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void multiSource(long population, long marriage) {
        long until = System.currentTimeMillis() + WAIT_MS;
        while (sources.mountType(population).isEmpty() || sources.mountType(marriage).isEmpty()
                || store.rulesOf(marriage).isEmpty()) {
            if (System.currentTimeMillis() > until) {
                return;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        CatalogEntryView entry = catalog.findLatest(marriage).orElseThrow();
        boolean present = store.rulesOf(marriage).stream().anyMatch(r -> r.type() == RuleType.MULTI_SOURCE);
        if (!present) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("keyItem", "man_id_number");
            params.put("otherEntryId", population);
            params.put("otherKeyItem", "id_number");
            params.put("otherItem", "name");
            tx.executeWithoutResult(s -> store.insertRule(rules.validate(new QualityRuleRequest(marriage,
                    RuleType.MULTI_SOURCE.name(), "man_name", null, "MEDIUM", 0.98, params, true), entry, null,
                    "system", true)));
        }
        scans.launch(entry, 600, "DEMO", "system");
        log.info("Demo quality: multi-source rule on {} against {} at {}", entry.code(), population, Instant.now());
    }
}
