package org.govdx.sharing.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/** Runs the {@link SharingSweep} hourly (a day's checks are idempotent), first a minute after start. */
@Component
class SharingJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SharingJobs.class);

    private final SharingSweep sweep;
    private final SharingClock clock;
    private ThreadPoolTaskScheduler scheduler;

    SharingJobs(SharingSweep sweep, SharingClock clock) {
        this.sweep = sweep;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("sharing-");
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::run, java.time.Instant.now().plusSeconds(60), Duration.ofHours(1));
    }

    private void run() {
        try {
            sweep.sweep(clock.today());
        } catch (RuntimeException e) {
            log.warn("sharing sweep failed: {}", e.toString());
        }
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
}
