package org.govdx.exchange.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.govdx.common.WorkingDays;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Runs sync jobs with db-scheduler, cluster-safe on the platform database: each job is one task
 * instance ({@code sync-job}, job id), and db-scheduler picks an instance with an optimistic lock
 * on its row, so two platform instances never run one job at once. A finished run is rescheduled
 * at the job's next cron time (or removed); a run interrupted by a stopping instance is retried
 * soon; an instance that dies mid-run stops heart-beating and another one revives its job, which
 * resumes from its checkpoint.
 */
@Component
public class SyncScheduler implements SmartLifecycle {

    static final String TASK = "sync-job";
    /** The task data of an execution: what started it. */
    static final String MANUAL = "MANUAL";
    static final String SCHEDULE = "SCHEDULE";

    private final DataSource dataSource;
    private final SyncRunner runner;
    private final SyncStore store;
    private final SyncSettings settings;
    private final Clock clock;
    private final WorkingDays calendar;
    private final CustomTask<String> task;
    private final SchedulerClient client;
    private volatile Scheduler scheduler;

    SyncScheduler(DataSource dataSource, SyncRunner runner, SyncStore store, SyncSettings settings, Clock clock,
                  WorkingDays calendar) {
        this.dataSource = dataSource;
        this.runner = runner;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.calendar = calendar;
        this.task = Tasks.custom(TASK, String.class)
                .onDeadExecutionRevive()
                .onFailure((complete, ops) -> ops.reschedule(complete, Instant.now().plusSeconds(10)))
                .execute((instance, context) -> {
                    long jobId = Long.parseLong(instance.getId());
                    String trigger = instance.getData() == null ? SCHEDULE : instance.getData();
                    runner.run(jobId, trigger, context.getExecution().pickedBy,
                            () -> context.getSchedulerState().isShuttingDown() || Thread.currentThread().isInterrupted());
                    return (complete, ops) -> {
                        Instant next = nextScheduled(jobId).orElse(null);
                        if (next == null) {
                            ops.remove();
                        } else {
                            ops.reschedule(complete, next, SCHEDULE);
                        }
                    };
                });
        this.client = SchedulerClient.Builder.create(dataSource, task).build();
    }

    /**
     * A scheduler of sync jobs on the platform database, not started: this instance's, or another
     * one (tests start two to show that they never run one job twice).
     */
    public Scheduler newScheduler(String name, int threads) {
        return Scheduler.create(dataSource, task)
                .schedulerName(new SchedulerName.Fixed(name))
                .threads(Math.max(1, threads))
                .pollingInterval(settings.getPollingInterval())
                .heartbeatInterval(settings.getHeartbeatInterval())
                .shutdownMaxWait(settings.getShutdownWait())
                .build();
    }

    @Override
    public synchronized void start() {
        if (scheduler != null || !settings.isSchedulerEnabled()) {
            return;
        }
        scheduler = newScheduler(instanceName(), settings.getThreads());
        scheduler.start();
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** Runs the job now (on whichever instance picks it first); false when it is running already. */
    boolean runNow(long jobId) {
        Optional<ScheduledExecution<Object>> existing = client.getScheduledExecution(id(jobId));
        if (existing.isPresent() && existing.get().isPicked()) {
            return false;
        }
        boolean scheduled = client.schedule(new TaskInstance<>(TASK, Long.toString(jobId), MANUAL), clock.instant(),
                SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        if (!scheduled) {
            return false;
        }
        Scheduler local = scheduler;
        if (local != null) {
            local.triggerCheckForDueExecutions();
        }
        return true;
    }

    /** Schedules the job at its next cron time, or unschedules it when it has none (unless it is running). */
    void reschedule(long jobId) {
        Optional<ScheduledExecution<Object>> existing = client.getScheduledExecution(id(jobId));
        if (existing.isPresent() && existing.get().isPicked()) {
            // the run's completion schedules the next one
            return;
        }
        Optional<Instant> next = nextScheduled(jobId);
        if (next.isPresent()) {
            client.schedule(new TaskInstance<>(TASK, Long.toString(jobId), SCHEDULE), next.get(),
                    SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        } else if (existing.isPresent()) {
            client.cancel(id(jobId));
        }
    }

    /** When the job will run next, if it is scheduled. */
    Optional<Instant> scheduledAt(long jobId) {
        return client.getScheduledExecution(id(jobId)).filter(e -> !e.isPicked())
                .map(ScheduledExecution::getExecutionTime);
    }

    /** True while some instance runs the job. */
    boolean isRunning(long jobId) {
        return client.getScheduledExecution(id(jobId)).map(ScheduledExecution::isPicked).orElse(false);
    }

    /** The next cron time of an enabled job with a cron expression, in the city's time zone. */
    Optional<Instant> nextScheduled(long jobId) {
        return store.job(jobId).filter(SyncJobRow::enabled).map(SyncJobRow::cron)
                .filter(c -> c != null && !c.isBlank())
                .map(c -> CronExpression.parse(c).next(ZonedDateTime.now(clock.withZone(calendar.zone()))))
                .map(ZonedDateTime::toInstant);
    }

    private static TaskInstanceId id(long jobId) {
        return TaskInstanceId.of(TASK, Long.toString(jobId));
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "govdx";
        }
        return host + "#" + UUID.randomUUID().toString().substring(0, 8);
    }
}
