package org.govdx.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.identity.internal.AuditEventStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The operation audit log (GB/T 22239 security audit): append-only, read by AUDIT_ADMIN only.
 * Entries are written in their own transaction so that a refused or failed action is still recorded.
 */
@Service
public class AuditLog {

    /** Request attribute naming the business object a state-changing call acted on. */
    public static final String TARGET_ATTRIBUTE = AuditLog.class.getName() + ".target";

    private final AuditEventStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuditLog(AuditEventStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** Records an action of the signed-in user (or of an anonymous caller). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String action, String target, AuditResult result, String detail) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String username = null;
        String orgCode = null;
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            username = user.getUsername();
            orgCode = user.orgCode();
            user.roles().stream().filter(Role::isAdmin).findFirst().ifPresent(role -> events.publishEvent(
                    new AdminOperationRecorded(Instant.now(clock), user.getUsername(), user.orgCode(), role.name(),
                            action, target, result)));
        }
        recordFor(username, orgCode, action, target, result, detail);
    }

    /** Records an action on behalf of a named user, e.g. a sign-in before any session exists. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFor(String username, String orgCode, String action, String target, AuditResult result,
                          String detail) {
        store.append(new AuditEvent(0, Instant.now(clock), truncate(username, 64), orgCode, clientIp(), action,
                truncate(target, 300), result, truncate(detail, 1000)));
    }

    /** Names the business object the current request acts on, for the entry the request will leave. */
    public static void target(String target) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(TARGET_ATTRIBUTE, target, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** Entries matching the query, newest first. */
    @Transactional(readOnly = true)
    public PageResponse<AuditEvent> search(AuditQuery query, PageRequest page) {
        return store.search(query, page);
    }

    private static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
