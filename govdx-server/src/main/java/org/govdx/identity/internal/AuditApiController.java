package org.govdx.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.identity.AuditEvent;
import org.govdx.identity.AuditLog;
import org.govdx.identity.AuditQuery;
import org.govdx.identity.AuditResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operation audit log, for the audit admin only. */
@Tag(name = "audit", description = "Operation audit log")
@RestController
@RequestMapping("/api/v1/audit-events")
class AuditApiController {

    private final AuditLog audit;

    AuditApiController(AuditLog audit) {
        this.audit = audit;
    }

    @Operation(summary = "Search the audit log, newest first")
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    @GetMapping
    PageResponse<AuditEvent> search(@RequestParam(required = false) String username,
                                    @RequestParam(required = false) String action,
                                    @RequestParam(required = false) AuditResult result,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "50") int size) {
        return audit.search(new AuditQuery(username, action, result, from, to), new PageRequest(page, size));
    }
}
