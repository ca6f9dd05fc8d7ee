package org.govdx.exchange.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code govdx.sync.*}: bulk sync jobs and the db-scheduler instance that runs them. */
@ConfigurationProperties("govdx.sync")
public class SyncSettings {

    /** Runs the scheduler in this instance; several instances share the jobs through the database. */
    private boolean schedulerEnabled = true;
    /** Jobs this instance runs at once. */
    private int threads = 2;
    /** How often the scheduler looks for due jobs (an on-demand run starts at once regardless). */
    private Duration pollingInterval = Duration.ofSeconds(10);
    /** Heartbeat of a running job; an instance that misses four is dead and its job is resumed elsewhere. */
    private Duration heartbeatInterval = Duration.ofSeconds(30);
    /** How long a stopping instance waits for running batches before interrupting them. */
    private Duration shutdownWait = Duration.ofSeconds(5);
    /** Rows per batch of a job that sets none. */
    private int defaultBatchSize = 5000;
    /** Largest batch a job may set. */
    private int maxBatchSize = 50_000;

    public boolean isSchedulerEnabled() {
        return schedulerEnabled;
    }

    public void setSchedulerEnabled(boolean schedulerEnabled) {
        this.schedulerEnabled = schedulerEnabled;
    }

    public int getThreads() {
        return threads;
    }

    public void setThreads(int threads) {
        this.threads = threads;
    }

    public Duration getPollingInterval() {
        return pollingInterval;
    }

    public void setPollingInterval(Duration pollingInterval) {
        this.pollingInterval = pollingInterval;
    }

    public Duration getHeartbeatInterval() {
        return heartbeatInterval;
    }

    public void setHeartbeatInterval(Duration heartbeatInterval) {
        this.heartbeatInterval = heartbeatInterval;
    }

    public Duration getShutdownWait() {
        return shutdownWait;
    }

    public void setShutdownWait(Duration shutdownWait) {
        this.shutdownWait = shutdownWait;
    }

    public int getDefaultBatchSize() {
        return defaultBatchSize;
    }

    public void setDefaultBatchSize(int defaultBatchSize) {
        this.defaultBatchSize = defaultBatchSize;
    }

    public int getMaxBatchSize() {
        return maxBatchSize;
    }

    public void setMaxBatchSize(int maxBatchSize) {
        this.maxBatchSize = maxBatchSize;
    }
}
