package org.govdx.quality.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code govdx.quality.*}: scan limits and scheduling. */
@ConfigurationProperties("govdx.quality")
public class QualitySettings {

    /** Longest a scan may take; a source slower than this ends the scan FAILED. */
    private Duration scanTimeLimit = Duration.ofMinutes(10);
    /** Scans running at once on one instance. */
    private int scanThreads = 2;
    /** How often the scheduler looks for due scans; zero or negative disables scheduled scans. */
    private Duration schedulerInterval = Duration.ofSeconds(30);
    /** Delay between a mount change and the scan it triggers. */
    private Duration afterMountDelay = Duration.ofSeconds(20);
    /** Largest number of keys a cross-entry rule holds in memory. */
    private int maxCrossKeys = 2_000_000;
    /** Failing rows kept per failed rule. */
    private int samples = 100;

    public Duration getScanTimeLimit() {
        return scanTimeLimit;
    }

    public void setScanTimeLimit(Duration scanTimeLimit) {
        this.scanTimeLimit = scanTimeLimit;
    }

    public int getScanThreads() {
        return scanThreads;
    }

    public void setScanThreads(int scanThreads) {
        this.scanThreads = scanThreads;
    }

    public Duration getSchedulerInterval() {
        return schedulerInterval;
    }

    public void setSchedulerInterval(Duration schedulerInterval) {
        this.schedulerInterval = schedulerInterval;
    }

    public Duration getAfterMountDelay() {
        return afterMountDelay;
    }

    public void setAfterMountDelay(Duration afterMountDelay) {
        this.afterMountDelay = afterMountDelay;
    }

    public int getMaxCrossKeys() {
        return maxCrossKeys;
    }

    public void setMaxCrossKeys(int maxCrossKeys) {
        this.maxCrossKeys = maxCrossKeys;
    }

    public int getSamples() {
        return samples;
    }

    public void setSamples(int samples) {
        this.samples = samples;
    }
}
