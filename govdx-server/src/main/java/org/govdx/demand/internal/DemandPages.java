package org.govdx.demand.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.govdx.common.FormErrors;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.demand.DemandRequest;
import org.govdx.demand.DemandView;
import org.govdx.demand.Demands;
import org.govdx.identity.Audited;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.OrgType;
import org.govdx.identity.Orgs;
import org.govdx.identity.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The demand board: post a demand, see matching entries, answer and follow demands. */
@Controller
@RequestMapping("/demands")
class DemandPages {

    private final Demands demands;
    private final Orgs orgs;
    private final FormErrors formErrors;

    DemandPages(Demands demands, Orgs orgs, FormErrors formErrors) {
        this.demands = demands;
        this.orgs = orgs;
        this.formErrors = formErrors;
    }

    @GetMapping
    @PreAuthorize(DemandApiController.READERS)
    String board(@RequestParam(required = false) String scope, @RequestParam(required = false) String q,
                 @RequestParam(required = false) String title, @RequestParam(required = false) String desiredItems,
                 @AuthenticationPrincipal CurrentUser me, Model model) {
        // while a demand is typed, its title or desired items ask for matching entries (htmx)
        if (q == null) {
            q = title != null ? title : desiredItems;
        }
        String s = scope != null ? scope : me.hasRole(Role.PLATFORM_OPERATOR) ? "all"
                : me.hasRole(Role.ORG_DATA_USER) ? "mine" : "assigned";
        model.addAttribute("scope", s);
        model.addAttribute("demands", demands.list(s, null, new PageRequest(0, 100), me));
        model.addAttribute("q", q);
        model.addAttribute("matches", demands.suggest(q, me));
        model.addAttribute("providers", orgs.all().stream()
                .filter(o -> o.type() == OrgType.DEPARTMENT && o.enabled() && o.id() != me.orgId()).toList());
        if (me.hasRole(Role.PLATFORM_OPERATOR)) {
            model.addAttribute("rates", demands.satisfaction());
        }
        return "demand/board";
    }

    @PostMapping
    @PreAuthorize(DemandApiController.REQUESTER)
    @Audited("DEMAND_POST")
    String post(@RequestParam(required = false) String title, @RequestParam(required = false) String description,
                @RequestParam(required = false) String desiredItems, @RequestParam(required = false) String purpose,
                @RequestParam(required = false) String scenario, @RequestParam(required = false) String legalBasis,
                @RequestParam(required = false) Long providerOrgId, @RequestParam(required = false) String urgency,
                @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        List<String> items = desiredItems == null ? List.of() : List.of(desiredItems.split("[,，、\\s]+"));
        try {
            DemandView d = demands.post(new DemandRequest(title, description, items, purpose, scenario, legalBasis,
                    providerOrgId, urgency), me);
            redirect.addFlashAttribute("notice", formErrors.message("SHARING_DONE_NOTICE", locale));
            return "redirect:/demands/" + d.id();
        } catch (GovdxException e) {
            redirect.addFlashAttribute("errors", formErrors.of(e, locale));
            redirect.addFlashAttribute("form", Map.of("title", nz(title), "description", nz(description),
                    "purpose", nz(purpose)));
            return "redirect:/demands?q=" + java.net.URLEncoder.encode(nz(title) + " " + nz(description),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @GetMapping("/{id}")
    @PreAuthorize(DemandApiController.READERS)
    String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        DemandView d = demands.get(id, me);
        model.addAttribute("d", d);
        model.addAttribute("matches", demands.suggest(d.title() + " " + String.join(" ", d.desiredItems()), me));
        model.addAttribute("providers", orgs.all().stream()
                .filter(o -> o.type() == OrgType.DEPARTMENT && o.enabled() && o.id() != d.requesterOrgId()).toList());
        model.addAttribute("isProvider", d.providerOrgId() != null && orgs.scopeOf(me).contains(d.providerOrgId())
                && me.hasAnyRole(Role.ORG_CATALOG_ADMIN, Role.ORG_APPROVER));
        model.addAttribute("isRequester", me.hasRole(Role.ORG_DATA_USER) && orgs.scopeOf(me).contains(d.requesterOrgId()));
        return "demand/demand";
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize(DemandApiController.REQUESTER_OR_OPERATOR)
    @Audited("DEMAND_ASSIGN")
    String assign(@PathVariable long id, @RequestParam(required = false) Long providerOrgId,
                  @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, () -> demands.assign(id, providerOrgId, me));
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize(DemandApiController.PROVIDER)
    @Audited("DEMAND_ACCEPT")
    String accept(@PathVariable long id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate commitDate,
                  @RequestParam(required = false) Long entryId, @AuthenticationPrincipal CurrentUser me,
                  Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, () -> demands.accept(id, commitDate, entryId, me));
    }

    @PostMapping("/{id}/refuse")
    @PreAuthorize(DemandApiController.PROVIDER)
    @Audited("DEMAND_REFUSE")
    String refuse(@PathVariable long id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String legalBasis, @AuthenticationPrincipal CurrentUser me,
                  Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, () -> demands.refuse(id, reason, legalBasis, me));
    }

    @PostMapping("/{id}/escalate")
    @PreAuthorize(DemandApiController.REQUESTER)
    @Audited("DEMAND_ESCALATE")
    String escalate(@PathVariable long id, @RequestParam(required = false) String reason,
                    @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, () -> demands.escalate(id, reason, me));
    }

    @PostMapping("/{id}/coordinate")
    @PreAuthorize(DemandApiController.OPERATOR)
    @Audited("DEMAND_COORDINATE")
    String coordinate(@PathVariable long id, @RequestParam(required = false) String outcome,
                      @RequestParam(required = false) Long providerOrgId, @AuthenticationPrincipal CurrentUser me,
                      Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, () -> demands.coordinate(id, outcome, providerOrgId, me));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(DemandApiController.REQUESTER_OR_OPERATOR)
    @Audited("DEMAND_CLOSE")
    String close(@PathVariable long id, @RequestParam(required = false) String outcome,
                 @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, () -> demands.close(id, outcome, me));
    }

    private String act(long id, Locale locale, RedirectAttributes redirect, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", formErrors.message("SHARING_DONE_NOTICE", locale));
        } catch (GovdxException e) {
            redirect.addFlashAttribute("errors", Map.of("_global", String.join("；", formErrors.of(e, locale).values())));
        }
        return "redirect:/demands/" + id;
    }
}
