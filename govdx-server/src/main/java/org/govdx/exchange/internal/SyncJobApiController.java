package org.govdx.exchange.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.identity.Audited;
import org.govdx.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Bulk sync jobs (库表交换) of the consumer org's bulk grants. */
@Tag(name = "sync-jobs", description = "Bulk sync jobs: copy granted data into the consumer's database")
@RestController
@RequestMapping("/api/v1/sync-jobs")
class SyncJobApiController {

    /** The consumer org's data users manage; provider staff and the operator look on. */
    static final String READERS = "hasAnyRole('ORG_DATA_USER','ORG_CATALOG_ADMIN','ORG_APPROVER','PLATFORM_OPERATOR')";
    static final String MANAGERS = "hasRole('ORG_DATA_USER')";

    private final SyncJobs jobs;

    SyncJobApiController(SyncJobs jobs) {
        this.jobs = jobs;
    }

    @Operation(summary = "Create a sync job on a bulk grant of my org")
    @PreAuthorize(MANAGERS)
    @Audited("SYNC_JOB_CREATE")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SyncJobView create(@RequestBody(required = false) SyncJobRequest body, @AuthenticationPrincipal CurrentUser me) {
        return jobs.create(body, me);
    }

    @Operation(summary = "Sync jobs my org runs or provides data to (all, for the operator)")
    @PreAuthorize(READERS)
    @GetMapping
    PageResponse<SyncJobView> list(@RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "50") int size,
                                   @AuthenticationPrincipal CurrentUser me) {
        return jobs.list(new PageRequest(page, size), me);
    }

    @Operation(summary = "One sync job, with the progress of its running run")
    @PreAuthorize(READERS)
    @GetMapping("/{id}")
    SyncJobView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return jobs.get(id, me);
    }

    @Operation(summary = "The runs of a sync job, newest first")
    @PreAuthorize(READERS)
    @GetMapping("/{id}/runs")
    PageResponse<SyncRunView> runs(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "50") int size,
                                   @AuthenticationPrincipal CurrentUser me) {
        return jobs.runs(id, new PageRequest(page, size), me);
    }

    @Operation(summary = "Run now (202); 409 when running or disabled")
    @PreAuthorize(MANAGERS)
    @Audited("SYNC_JOB_RUN")
    @PostMapping("/{id}/run")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SyncJobView run(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return jobs.runNow(id, me);
    }

    @Operation(summary = "Stop scheduling; a running run stops before its next batch")
    @PreAuthorize(MANAGERS)
    @Audited("SYNC_JOB_DISABLE")
    @PostMapping("/{id}/disable")
    SyncJobView disable(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return jobs.disable(id, me);
    }

    @Operation(summary = "Schedule again")
    @PreAuthorize(MANAGERS)
    @Audited("SYNC_JOB_ENABLE")
    @PostMapping("/{id}/enable")
    SyncJobView enable(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return jobs.enable(id, me);
    }

    @Operation(summary = "Delete a job that is not running (the target table and usage records stay)")
    @PreAuthorize(MANAGERS)
    @Audited("SYNC_JOB_DELETE")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        jobs.delete(id, me);
    }
}
