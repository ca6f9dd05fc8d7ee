package org.govdx.sharing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govdx.catalog.CatalogEntries;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.common.FormErrors;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.identity.Audited;
import org.govdx.identity.ConsumerApps;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.Role;
import org.govdx.sharing.ApplicationRequest;
import org.govdx.sharing.ApplicationView;
import org.govdx.sharing.Applications;
import org.govdx.sharing.ApprovalRequest;
import org.govdx.sharing.Grants;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: apply from an entry, my applications, the approval queue, grants and the operator's overview. */
@Controller
@RequestMapping("/sharing")
class SharingPages {

    private final Applications applications;
    private final Grants grants;
    private final CatalogEntries catalog;
    private final ConsumerApps apps;
    private final FormErrors formErrors;
    private final Deadlines deadlines;

    SharingPages(Applications applications, Grants grants, CatalogEntries catalog, ConsumerApps apps,
                 FormErrors formErrors, Deadlines deadlines) {
        this.applications = applications;
        this.grants = grants;
        this.catalog = catalog;
        this.apps = apps;
        this.formErrors = formErrors;
        this.deadlines = deadlines;
    }

    @GetMapping("/apply")
    @PreAuthorize(ApplicationApiController.APPLICANT)
    String applyForm(@RequestParam(required = false) Long entryId, @RequestParam(required = false) Long demandId,
                     @AuthenticationPrincipal CurrentUser me, Model model) {
        CatalogEntryView entry = entryId == null ? null : catalog.find(entryId).orElse(null);
        if (entry == null) {
            throw GovdxException.notFound("ENTRY_NOT_FOUND", String.valueOf(entryId));
        }
        model.addAttribute("entry", entry);
        model.addAttribute("apps", apps.list(me).stream().filter(a -> a.enabled()).toList());
        model.addAttribute("demandId", demandId);
        model.addAttribute("maxValidUntil", LocalDate.now(deadlines.zone()).plusYears(1));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "sharing/apply";
    }

    @PostMapping("/apply")
    @PreAuthorize(ApplicationApiController.APPLICANT)
    @Audited("APPLICATION_SUBMIT")
    String apply(@RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal CurrentUser me,
                 Locale locale, Model model, RedirectAttributes redirect) {
        Long entryId = number(form.getFirst("entryId"));
        Map<String, String> justifications = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("justification.") && !v.isEmpty() && !v.get(0).isBlank()) {
                justifications.put(k.substring("justification.".length()), v.get(0));
            }
        });
        ApplicationRequest request = new ApplicationRequest(entryId, list(form.get("items")),
                form.getFirst("purpose"), form.getFirst("scenario"), form.getFirst("legalBasis"),
                list(form.get("accessModes")), number(form.getFirst("appId")), date(form.getFirst("validUntil")),
                justifications, number(form.getFirst("demandId")));
        try {
            ApplicationView created = applications.apply(request, me);
            redirect.addFlashAttribute("notice", formErrors.message("APPLICATION_SUBMITTED_NOTICE", locale,
                    created.number()));
            return "redirect:/sharing/applications/" + created.id();
        } catch (GovdxException e) {
            model.addAttribute("errors", formErrors.of(e, locale));
            model.addAttribute("form", form.toSingleValueMap());
            model.addAttribute("selectedItems", list(form.get("items")));
            model.addAttribute("selectedModes", list(form.get("accessModes")));
            return applyForm(entryId, number(form.getFirst("demandId")), me, model);
        }
    }

    /** Registers a consumer app from the apply page; the secret is shown this once. */
    @PostMapping("/apps")
    @PreAuthorize(ApplicationApiController.APPLICANT)
    @Audited("APP_REGISTER")
    String registerApp(@RequestParam(required = false) Long entryId, @RequestParam(required = false) String appName,
                       @RequestParam(required = false) String appDescription, @AuthenticationPrincipal CurrentUser me,
                       Locale locale, RedirectAttributes redirect) {
        try {
            var app = apps.register(appName, appDescription, List.of(), me);
            redirect.addFlashAttribute("notice", formErrors.message("SHARING_APP_REGISTERED", locale, app.name(),
                    app.appKey(), app.appSecret()));
        } catch (GovdxException e) {
            redirect.addFlashAttribute("errors", Map.of("_global", String.join("；", formErrors.of(e, locale).values())));
        }
        return "redirect:/sharing/apply?entryId=" + (entryId == null ? "" : entryId);
    }

    @GetMapping("/applications")
    @PreAuthorize(ApplicationApiController.READERS)
    String myApplications(@RequestParam(required = false) String scope, @RequestParam(defaultValue = "0") int page,
                          @AuthenticationPrincipal CurrentUser me, Model model) {
        String s = scope != null ? scope : me.hasRole(Role.ORG_DATA_USER) ? "mine"
                : me.hasRole(Role.PLATFORM_OPERATOR) ? "all" : "provider";
        model.addAttribute("scope", s);
        model.addAttribute("applications", applications.list(s, null, new PageRequest(page, 50), me));
        return "sharing/applications";
    }

    @GetMapping("/applications/{id}")
    @PreAuthorize(ApplicationApiController.READERS)
    String application(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        ApplicationView a = applications.get(id, me);
        model.addAttribute("a", a);
        model.addAttribute("grant", a.grantId() == null ? null : grants.get(a.grantId(), me));
        CatalogEntryView entry = catalog.find(a.entryId()).orElse(null);
        model.addAttribute("entry", entry);
        model.addAttribute("canDecide", me.hasRole(Role.ORG_APPROVER) && a.status().name().equals("PENDING")
                && a.providerOrgCode() != null && a.providerOrgCode().equals(me.orgCode()));
        return "sharing/application";
    }

    @PostMapping("/applications/{id}/approve")
    @PreAuthorize(ApplicationApiController.APPROVER)
    @Audited("APPLICATION_APPROVE")
    String approve(@PathVariable long id, @RequestParam MultiValueMap<String, String> form,
                   @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        Map<String, String> rowFilter = new LinkedHashMap<>();
        String filterItem = form.getFirst("rowFilterItem");
        String filterValue = form.getFirst("rowFilterValue");
        if (filterItem != null && !filterItem.isBlank() && filterValue != null && !filterValue.isBlank()) {
            rowFilter.put(filterItem, filterValue);
        }
        ApprovalRequest approval = new ApprovalRequest(list(form.get("items")), rowFilter,
                list(form.get("accessModes")), date(form.getFirst("validUntil")), integer(form.getFirst("rateLimit")),
                form.getFirst("comment"), list(form.get("plainItems")));
        return act(id, locale, redirect, () -> applications.approve(id, approval, me));
    }

    @PostMapping("/applications/{id}/reject")
    @PreAuthorize(ApplicationApiController.APPROVER)
    @Audited("APPLICATION_REJECT")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason,
                  @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, () -> applications.reject(id, reason, me));
    }

    @PostMapping("/applications/{id}/return")
    @PreAuthorize(ApplicationApiController.APPROVER)
    @Audited("APPLICATION_RETURN")
    String returnIt(@PathVariable long id, @RequestParam(required = false) String missing,
                    @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        List<String> points = missing == null ? List.of() : List.of(missing.split("\\R"));
        return act(id, locale, redirect, () -> applications.returnForSupplement(id, points, me));
    }

    @PostMapping("/applications/{id}/resubmit")
    @PreAuthorize(ApplicationApiController.APPLICANT)
    @Audited("APPLICATION_RESUBMIT")
    String resubmit(@PathVariable long id, @RequestParam(required = false) String legalBasis,
                    @RequestParam(required = false) String purpose, @AuthenticationPrincipal CurrentUser me,
                    Locale locale, RedirectAttributes redirect) {
        ApplicationRequest changes = new ApplicationRequest(null, null, blankToNull(purpose), null,
                blankToNull(legalBasis), null, null, null, null, null);
        return act(id, locale, redirect, () -> applications.resubmit(id, changes, me));
    }

    @PostMapping("/applications/{id}/withdraw")
    @PreAuthorize(ApplicationApiController.APPLICANT)
    @Audited("APPLICATION_WITHDRAW")
    String withdraw(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Locale locale,
                    RedirectAttributes redirect) {
        return act(id, locale, redirect, () -> applications.withdraw(id, me));
    }

    @PostMapping("/applications/{id}/extend")
    @PreAuthorize(ApplicationApiController.APPROVER)
    @Audited("APPLICATION_EXTEND")
    String extend(@PathVariable long id, @RequestParam(required = false) Integer days,
                  @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser me,
                  Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, () -> applications.requestExtension(id, days, reason, me));
    }

    @PostMapping("/applications/{id}/extend/approve")
    @PreAuthorize(ApplicationApiController.OPERATOR)
    @Audited("APPLICATION_EXTEND_APPROVE")
    String approveExtension(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Locale locale,
                            RedirectAttributes redirect) {
        act(id, locale, redirect, () -> applications.approveExtension(id, me));
        return "redirect:/sharing/overview";
    }

    private String act(long id, Locale locale, RedirectAttributes redirect, java.util.function.Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", formErrors.message("SHARING_DONE_NOTICE", locale));
        } catch (GovdxException e) {
            Map<String, String> errors = formErrors.of(e, locale);
            List<String> all = new ArrayList<>(errors.values());
            redirect.addFlashAttribute("errors", Map.of("_global", String.join("；", all)));
        }
        return "redirect:/sharing/applications/" + id;
    }

    @GetMapping("/queue")
    @PreAuthorize(ApplicationApiController.APPROVER)
    String queue(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("queue", applications.approvalQueue(me));
        return "sharing/queue";
    }

    @GetMapping("/grants")
    @PreAuthorize(ApplicationApiController.READERS)
    String grantList(@RequestParam(required = false) String scope, @RequestParam(defaultValue = "0") int page,
                     @AuthenticationPrincipal CurrentUser me, Model model) {
        String s = scope != null ? scope : me.hasRole(Role.ORG_DATA_USER) ? "mine"
                : me.hasRole(Role.PLATFORM_OPERATOR) ? "all" : "provider";
        model.addAttribute("scope", s);
        model.addAttribute("grants", grants.list(s, null, new PageRequest(page, 50), me));
        return "sharing/grants";
    }

    @PostMapping("/grants/{id}/revoke")
    @PreAuthorize(GrantApiController.REVOKERS)
    @Audited("GRANT_REVOKE")
    String revoke(@PathVariable long id, @RequestParam(required = false) String reason,
                  @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        try {
            grants.revoke(id, reason, me);
            redirect.addFlashAttribute("notice", formErrors.message("SHARING_DONE_NOTICE", locale));
        } catch (GovdxException e) {
            redirect.addFlashAttribute("errors", Map.of("_global", String.join("；", formErrors.of(e, locale).values())));
        }
        return "redirect:/sharing/grants";
    }

    @PostMapping("/grants/{id}/disposal")
    @PreAuthorize(ApplicationApiController.APPLICANT)
    @Audited("GRANT_DISPOSAL_RECORD")
    String disposal(@PathVariable long id, @RequestParam(required = false) String method,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate disposedOn,
                    @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        try {
            grants.recordDisposal(id, method, disposedOn, me);
            redirect.addFlashAttribute("notice", formErrors.message("SHARING_DONE_NOTICE", locale));
        } catch (GovdxException e) {
            redirect.addFlashAttribute("errors", Map.of("_global", String.join("；", formErrors.of(e, locale).values())));
        }
        return "redirect:/sharing/grants";
    }

    @GetMapping("/overview")
    @PreAuthorize(ApplicationApiController.OPERATOR)
    String overview(Model model) {
        model.addAttribute("overdue", applications.overdue());
        model.addAttribute("extensions", applications.pendingExtensions());
        return "sharing/overview";
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Long number(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(String s) {
        Long n = number(s);
        return n == null ? null : n.intValue();
    }

    private static LocalDate date(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
