package org.govdx.ledger.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Runs the appender and the search indexer every {@code govdx.ledger.append-interval} (200 ms) and the
 * checkpoint signer every {@code govdx.ledger.checkpoint-interval} (5 s), each with a fixed delay on its
 * own thread, so that none delays another. Safe with several instances: appenders take turns on the
 * state row lock, indexers on theirs, and a checkpoint size is signed once.
 * {@code govdx.ledger.jobs-enabled=false} turns all three off.
 */
@Component
class LedgerJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LedgerJobs.class);

    private final LedgerAppender appender;
    private final SearchIndexer indexer;
    private final CheckpointSigner signer;
    private final LedgerSettings settings;
    private ThreadPoolTaskScheduler scheduler;

    LedgerJobs(LedgerAppender appender, SearchIndexer indexer, CheckpointSigner signer, LedgerSettings settings) {
        this.appender = appender;
        this.indexer = indexer;
        this.signer = signer;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        if (!settings.jobsEnabled() || scheduler != null) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(3);
        scheduler.setThreadNamePrefix("ledger-");
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(() -> run("append", appender::drain), settings.appendInterval());
        scheduler.scheduleWithFixedDelay(() -> run("search index", indexer::catchUp), settings.appendInterval());
        scheduler.scheduleWithFixedDelay(() -> run("checkpoint", signer::signIfGrown), settings.checkpointInterval());
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    private static void run(String job, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // the next run retries from what is committed; a failed batch left nothing behind
            log.warn("Ledger {} failed: {}", job, e.toString(), e);
        }
    }
}
