package org.govdx.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.govdx.identity.AuditLog;
import org.govdx.identity.AuditResult;
import org.govdx.identity.Audited;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every state-changing call (API and pages) with its result. The action is the handler's
 * {@link Audited} name, or the method and path pattern when it has none. Refusals by Spring
 * Security are recorded by the denial handlers instead.
 */
class AuditInterceptor implements HandlerInterceptor {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final AuditLog audit;

    AuditInterceptor(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (READS.contains(request.getMethod()) || !(handler instanceof HandlerMethod method)
                || ex instanceof AccessDeniedException) {
            return;
        }
        Audited audited = method.getMethodAnnotation(Audited.class);
        if (audited != null && audited.selfRecorded()) {
            return;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String action = audited != null ? audited.value() : request.getMethod() + " " + pattern;
        Object target = request.getAttribute(AuditLog.TARGET_ATTRIBUTE);
        int status = response.getStatus();
        boolean ok = ex == null && status < 400;
        audit.record(action, target != null ? target.toString() : request.getRequestURI(),
                ok ? AuditResult.SUCCESS : AuditResult.FAILURE, ok ? null : "HTTP " + status);
    }
}
