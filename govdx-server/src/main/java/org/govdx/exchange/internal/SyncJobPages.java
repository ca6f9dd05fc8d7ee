package org.govdx.exchange.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govdx.common.FormErrors;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.identity.Audited;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.Role;
import org.govdx.sharing.AccessMode;
import org.govdx.sharing.GrantStatus;
import org.govdx.sharing.GrantView;
import org.govdx.sharing.Grants;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of sync jobs: the list with a form for a new job, and a job's page whose progress refreshes
 * every two seconds (an htmx fragment) while a run is under way, with the history of runs.
 */
@Controller
@RequestMapping("/exchange/sync-jobs")
class SyncJobPages {

    private final SyncJobs jobs;
    private final Grants grants;
    private final FormErrors formErrors;

    SyncJobPages(SyncJobs jobs, Grants grants, FormErrors formErrors) {
        this.jobs = jobs;
        this.grants = grants;
        this.formErrors = formErrors;
    }

    /** The values of the new-job form, kept when it comes back with errors. */
    record Form(String grantId, String targetDataSourceId, String targetTable, String mode, String cron,
                String batchSize) {

        static Form empty() {
            return new Form(null, null, null, "FULL", null, null);
        }
    }

    @PreAuthorize(SyncJobApiController.READERS)
    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        return listPage(me, model, Form.empty(), Map.of());
    }

    @PreAuthorize(SyncJobApiController.MANAGERS)
    @Audited("SYNC_JOB_CREATE")
    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String grantId,
                  @RequestParam(required = false) String targetDataSourceId,
                  @RequestParam(required = false) String targetTable, @RequestParam(required = false) String mode,
                  @RequestParam(required = false) String cron, @RequestParam(required = false) String batchSize,
                  Model model, Locale locale, RedirectAttributes redirect) {
        Form form = new Form(grantId, targetDataSourceId, targetTable, mode, cron, batchSize);
        Map<String, String> errors = new LinkedHashMap<>();
        Long grant = number(grantId, "grantId", errors, locale);
        Long target = number(targetDataSourceId, "targetDataSourceId", errors, locale);
        Long batch = number(batchSize, "batchSize", errors, locale);
        if (!errors.isEmpty()) {
            return listPage(me, model, form, errors);
        }
        try {
            SyncJobView job = jobs.create(new SyncJobRequest(grant, target, targetTable, mode, cron,
                    batch == null ? null : batch.intValue()), me);
            redirect.addFlashAttribute("notice", formErrors.message("SYNC_JOB_CREATED", locale));
            return "redirect:/exchange/sync-jobs/" + job.id();
        } catch (GovdxException e) {
            return listPage(me, model, form, formErrors.of(e, locale));
        }
    }

    @PreAuthorize(SyncJobApiController.READERS)
    @GetMapping("/{id}")
    String job(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        SyncJobView job = jobs.get(id, me);
        model.addAttribute("job", job);
        model.addAttribute("runs", jobs.runs(id, new PageRequest(0, 20), me).content());
        model.addAttribute("canManage", jobs.canManage(job, me));
        return "exchange/sync-job";
    }

    /** The progress panel alone, polled every two seconds while a run is under way. */
    @PreAuthorize(SyncJobApiController.READERS)
    @GetMapping("/{id}/progress")
    String progress(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("job", jobs.get(id, me));
        return "exchange/sync-job :: progress";
    }

    @PreAuthorize(SyncJobApiController.MANAGERS)
    @Audited("SYNC_JOB_RUN")
    @PostMapping("/{id}/run")
    String run(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Locale locale,
               RedirectAttributes redirect) {
        return act(id, locale, redirect, "SYNC_RUN_STARTED", () -> jobs.runNow(id, me));
    }

    @PreAuthorize(SyncJobApiController.MANAGERS)
    @Audited("SYNC_JOB_DISABLE")
    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Locale locale,
                   RedirectAttributes redirect) {
        return act(id, locale, redirect, "SYNC_JOB_DISABLED_NOTICE", () -> jobs.disable(id, me));
    }

    @PreAuthorize(SyncJobApiController.MANAGERS)
    @Audited("SYNC_JOB_ENABLE")
    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Locale locale,
                  RedirectAttributes redirect) {
        return act(id, locale, redirect, "SYNC_JOB_ENABLED_NOTICE", () -> jobs.enable(id, me));
    }

    @PreAuthorize(SyncJobApiController.MANAGERS)
    @Audited("SYNC_JOB_DELETE")
    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Locale locale,
                  RedirectAttributes redirect) {
        try {
            jobs.delete(id, me);
        } catch (GovdxException e) {
            redirect.addFlashAttribute("errors", Map.of("_global", formErrors.message(e.code(), locale, e.args())));
            return "redirect:/exchange/sync-jobs/" + id;
        }
        redirect.addFlashAttribute("notice", formErrors.message("SYNC_JOB_DELETED_NOTICE", locale));
        return "redirect:/exchange/sync-jobs";
    }

    /** A refusal on a page (unknown or foreign job: 404) renders the error page with its status. */
    @ExceptionHandler(GovdxException.class)
    String refused(GovdxException e, HttpServletResponse response, Model model) {
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        model.addAttribute("code", e.status().value() == 404 ? "NOT_FOUND" : e.code());
        var auth = SecurityContextHolder.getContext().getAuthentication();
        model.addAttribute("me", auth != null && auth.getPrincipal() instanceof CurrentUser user ? user : null);
        model.addAttribute("nav", List.of());
        return "web/error";
    }

    private String act(long id, Locale locale, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", formErrors.message(notice, locale));
        } catch (GovdxException e) {
            redirect.addFlashAttribute("errors", Map.of("_global", formErrors.message(e.code(), locale, e.args())));
        }
        return "redirect:/exchange/sync-jobs/" + id;
    }

    private String listPage(CurrentUser me, Model model, Form form, Map<String, String> errors) {
        model.addAttribute("jobs", jobs.list(new PageRequest(0, 100), me).content());
        boolean canCreate = me.hasRole(Role.ORG_DATA_USER);
        model.addAttribute("canCreate", canCreate);
        List<GrantView> bulk = canCreate
                ? grants.list("mine", GrantStatus.ACTIVE, new PageRequest(0, 100), me).content().stream()
                        .filter(g -> g.accessModes().contains(AccessMode.BULK)).toList()
                : List.of();
        model.addAttribute("bulkGrants", bulk);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "exchange/sync-jobs";
    }

    private Long number(String text, String field, Map<String, String> errors, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            errors.put(field, formErrors.message("SYNC_NOT_A_NUMBER", locale));
            return null;
        }
    }
}
