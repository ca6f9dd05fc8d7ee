package org.govdx.quality.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.govdx.catalog.CatalogEntries;
import org.govdx.source.MountChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When scans run without a person asking: a mount change proposes the default rules (if the entry has
 * none) and schedules a scan shortly after; every entry with rules is scanned again once per update
 * cycle. The due time lives in the database and is claimed with a conditional update, so several
 * instances never scan the same entry twice. Overdue issues are flagged to the operator on the same tick.
 */
@Component
class QualityScheduler {

    private static final Logger log = LoggerFactory.getLogger(QualityScheduler.class);

    private final ScanService scans;
    private final RuleService rules;
    private final IssueService issues;
    private final QualityStore store;
    private final CatalogEntries catalog;
    private final QualitySettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;
    private ScheduledExecutorService timer;

    QualityScheduler(ScanService scans, RuleService rules, IssueService issues, QualityStore store,
                     CatalogEntries catalog, QualitySettings settings, TransactionTemplate tx, Clock clock) {
        this.scans = scans;
        this.rules = rules;
        this.issues = issues;
        this.store = store;
        this.catalog = catalog;
        this.settings = settings;
        // a listener after commit must not join the finished transaction: its writes need their own
        this.tx = new TransactionTemplate(tx.getTransactionManager());
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        long every = settings.getSchedulerInterval().toMillis();
        if (every <= 0 || timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "govdx-quality-scheduler");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    void tick() {
        try {
            scans.failAbandoned();
            scans.runDue();
            issues.flagOverdue();
        } catch (RuntimeException e) {
            // the next tick tries again; a stopped database must not kill the timer
            log.warn("Quality scheduler tick failed: {}", e.toString());
        }
    }

    /** After a mount change commits: default rules for an entry without any, and a scan soon. */
    @TransactionalEventListener(fallbackExecution = true)
    void onMountChanged(MountChanged changed) {
        try {
            tx.executeWithoutResult(status -> catalog.findLatest(changed.entryId()).ifPresent(entry -> {
                if (store.rulesOf(entry.id()).isEmpty()) {
                    rules.addDefaults(entry, "system");
                }
                store.scheduleAt(entry.id(), Instant.now(clock).plus(settings.getAfterMountDelay()));
            }));
        } catch (RuntimeException e) {
            log.warn("Quality rules of entry {} not prepared after its mount changed: {}", changed.entryId(),
                    e.toString());
        }
    }
}
