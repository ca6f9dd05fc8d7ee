package org.govdx.identity.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import org.govdx.common.PageRequest;
import org.govdx.identity.AuditLog;
import org.govdx.identity.AuditQuery;
import org.govdx.identity.AuditResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log page with filters; htmx swaps the result table without reloading the page. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class AuditPages {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final AuditLog audit;

    AuditPages(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    String search(@RequestParam(required = false) String username, @RequestParam(required = false) String action,
                  @RequestParam(required = false) AuditResult result,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "0") int page,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        AuditQuery query = new AuditQuery(username, action, result,
                from == null ? null : from.atStartOfDay(ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant());
        model.addAttribute("events", audit.search(query, new PageRequest(page, 50)));
        model.addAttribute("results", AuditResult.values());
        model.addAttribute("zone", ZONE);
        return htmx != null ? "identity/audit :: table" : "identity/audit";
    }
}
