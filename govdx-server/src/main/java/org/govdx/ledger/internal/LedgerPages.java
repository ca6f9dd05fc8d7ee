package org.govdx.ledger.internal;

import java.time.Instant;
import java.util.Locale;
import org.govdx.common.FormErrors;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.common.Validation;
import org.govdx.identity.Audited;
import org.govdx.ledger.Ledger;
import org.govdx.ledger.LedgerAuditReport;
import org.govdx.ledger.LedgerQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's ledger page: latest checkpoint, public key, entry search (htmx swaps the table) and
 * the audit button.
 */
@Controller
@RequestMapping("/ledger")
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class LedgerPages {

    private final Ledger ledger;
    private final FormErrors formErrors;

    LedgerPages(Ledger ledger, FormErrors formErrors) {
        this.ledger = ledger;
        this.formErrors = formErrors;
    }

    @GetMapping
    String page(@RequestParam(required = false) String type, @RequestParam(required = false) String org,
                @RequestParam(required = false) String actor, @RequestParam(required = false) String key,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(defaultValue = "0") String page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        search(type, org, actor, key, from, to, page, model, locale);
        if (htmx != null) {
            return "ledger/ledger :: entries";
        }
        model.addAttribute("checkpoint", ledger.latestCheckpoint().orElse(null));
        model.addAttribute("publicKey", ledger.publicKey());
        return "ledger/ledger";
    }

    @Audited("LEDGER_AUDIT")
    @PostMapping("/audit")
    String audit(@RequestHeader(value = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        LedgerAuditReport report = ledger.audit();
        model.addAttribute("report", report);
        model.addAttribute("reportMessage", AuditMessages.of(report, formErrors, locale));
        if (htmx != null) {
            return "ledger/ledger :: audit";
        }
        return page(null, null, null, null, null, null, "0", null, model, locale);
    }

    private void search(String type, String org, String actor, String key, String from, String to, String page,
                        Model model, Locale locale) {
        Validation v = new Validation();
        Instant fromTime = TimeParam.parse(from, "from", false, v);
        Instant toTime = TimeParam.parse(to, "to", true, v);
        int pageNumber = 0;
        try {
            pageNumber = Math.max(0, Integer.parseInt(page.trim()));
        } catch (NumberFormatException ignored) {
            // a hand-edited page number: show the first page
        }
        try {
            v.throwIfInvalid();
            model.addAttribute("entries", ledger.search(new LedgerQuery(type, org, actor, key, fromTime, toTime),
                    new PageRequest(pageNumber, 20)));
        } catch (GovdxException e) {
            model.addAttribute("errors", formErrors.of(e, locale));
            model.addAttribute("entries", null);
        }
    }
}
